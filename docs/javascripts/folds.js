// Folded details open when a link points into them: on arrival with an address that ends in #id, and on every
// later jump inside the page (the at-a-glance links, the table of contents). Printing opens every fold
// (print.js and print.css).
(function () {
  function unfold() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") node.open = true;
    }
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", unfold);
  if (location.hash) unfold();
})();
