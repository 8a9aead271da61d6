/* Material's search dialog has no accessible name; give it the label of its search field. */
(function () {
  "use strict"
  var dialog = document.querySelector('.md-search[role="dialog"]')
  var field = document.querySelector(".md-search__input")
  if (dialog && field && !dialog.hasAttribute("aria-label"))
    dialog.setAttribute("aria-label", field.getAttribute("aria-label") || field.placeholder)
})()

/* What scrolls sideways (a wide table in Material's wrapper or a decision table, a chart on a narrow screen)
   is reached by keyboard: each such box becomes a focusable region, named after its caption or the nearest
   heading before it, never after the page's title; two regions never share a name (a number is added), and a
   box inside another region is left to that region. Material wraps tables when it has rendered the page, so
   this runs on its document$ signal (or at load without it), and again when the width changes. */
;(function () {
  "use strict"
  var SCROLLERS = ".md-typeset__scrollwrap, .decision-table, figure.kpi-figure, figure.roadmap-figure, " +
    "figure.adkar-figure, figure.budget-figure"
  var MARK = "data-scroll-region"

  function scrolls(box) {
    var overflow = getComputedStyle(box).overflowX
    return (overflow === "auto" || overflow === "scroll") && box.scrollWidth > box.clientWidth + 1
  }

  function clean(text) {
    return (text || "").replace(/\u00b6/g, "").replace(/\s+/g, " ").trim()
  }

  /* The last heading before ``box`` in document order, looking back from it and from each of its ancestors */
  function nearestHeading(box) {
    for (var node = box; node && node !== document.body; node = node.parentElement) {
      for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
        if (/^H[1-6]$/.test(before.tagName))
          return before
        var inside = before.querySelectorAll("h1, h2, h3, h4, h5, h6")
        if (inside.length)
          return inside[inside.length - 1]
      }
    }
    return null
  }

  function nameOf(box) {
    /* a figure's own caption, or a table's: not the caption of a table folded inside a chart's figure */
    var caption = box.querySelector(":scope > figcaption") ||
      (box.tagName === "FIGURE" ? null : box.querySelector("caption"))
    if (caption && clean(caption.textContent))
      return clean(caption.textContent)
    var heading = nearestHeading(box)
    return heading ? clean(heading.textContent) : ""
  }

  function unmark(box) {
    box.removeAttribute(MARK)
    box.removeAttribute("tabindex")
    box.removeAttribute("role")
    box.removeAttribute("aria-label")
  }

  function focusableScrollers() {
    var marked = document.querySelectorAll("[" + MARK + "]")
    for (var m = 0; m < marked.length; m++)
      unmark(marked[m])
    var used = Object.create(null)
    var named = document.querySelectorAll('[role="region"][aria-label]')
    for (var n = 0; n < named.length; n++)
      used[named[n].getAttribute("aria-label")] = true
    var boxes = document.querySelectorAll(SCROLLERS)
    for (var i = 0; i < boxes.length; i++) {
      var box = boxes[i]
      if (box.hasAttribute("tabindex") || !scrolls(box))
        continue
      if ((box.parentElement && box.parentElement.closest('[role="region"]')) || box.querySelector('[role="region"]'))
        continue
      var base = nameOf(box) || document.title
      var name = base
      for (var count = 2; used[name]; count++)
        name = base + " (" + count + ")"
      used[name] = true
      box.setAttribute(MARK, "")
      box.setAttribute("tabindex", "0")
      box.setAttribute("role", "region")
      box.setAttribute("aria-label", name)
    }
  }

  var width = window.innerWidth
  window.addEventListener("resize", function () {
    if (window.innerWidth !== width) {
      width = window.innerWidth
      focusableScrollers()
    }
  })
  if (typeof window.document$ !== "undefined" && window.document$.subscribe) window.document$.subscribe(focusableScrollers)
  else window.addEventListener("load", focusableScrollers)
})()
