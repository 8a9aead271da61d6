/* Material's search dialog has no accessible name; give it the label of its search field. */
(function () {
  "use strict"
  var dialog = document.querySelector('.md-search[role="dialog"]')
  var field = document.querySelector(".md-search__input")
  if (dialog && field && !dialog.hasAttribute("aria-label"))
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || field.placeholder)
})()

/* A wide table scrolls sideways inside Material's wrapper: let keyboard users reach and scroll it too. Material
   wraps tables when it has rendered the page, so this runs on its document$ signal (or at load without it). */
;(function () {
  "use strict"
  function focusableScrollers() {
    var wrappers = document.querySelectorAll(".md-typeset__scrollwrap, .decision-table")
    for (var i = 0; i < wrappers.length; i++) {
      var wrapper = wrappers[i]
      if (wrapper.scrollWidth > wrapper.clientWidth && !wrapper.hasAttribute("tabindex")) {
        wrapper.setAttribute("tabindex", "0")
        wrapper.setAttribute("role", "region")
        var caption = wrapper.querySelector("caption")
        var holder = wrapper.closest("[id]")
        var heading = holder && holder.previousElementSibling
        var name = caption ? caption.textContent : heading && /^H[2-4]$/.test(heading.tagName) ? heading.textContent : ""
        wrapper.setAttribute("aria-label", (name || document.title).replace(/\u00b6$/, "").trim())
      }
    }
  }
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) window.document$.subscribe(focusableScrollers)
  else window.addEventListener("load", focusableScrollers)
})()
