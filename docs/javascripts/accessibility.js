/* Material's search dialog has no accessible name; give it the label of its search field. */
(function () {
  "use strict"
  var dialog = document.querySelector('.md-search[role="dialog"]')
  var field = document.querySelector(".md-search__input")
  if (dialog && field && !dialog.hasAttribute("aria-label"))
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || field.placeholder)
})()
