// treatyx review page: hovering, focusing or clicking a highlight shows its record's fields
// (copied from the hidden, already escaped .tx-fields lists); a click pins them, Escape or a
// click elsewhere lets go.
(function () {
  "use strict";
  var tip = document.getElementById("tx-tip");
  var pinned = null;

  function owner(node) {
    return node && node.closest ? node.closest("[data-rec], [data-recs]") : null;
  }

  function show(target) {
    var one = target.getAttribute("data-rec");
    var ids = one ? [one] : (target.getAttribute("data-recs") || "").split(" ");
    tip.textContent = "";
    ids.forEach(function (id) {
      var fields = id && document.getElementById("f-" + id);
      if (fields) {
        var copy = fields.cloneNode(true);
        copy.removeAttribute("id");
        copy.hidden = false;
        tip.appendChild(copy);
      }
    });
    if (!tip.firstChild) { tip.hidden = true; return; }
    tip.hidden = false;
    var box = target.getBoundingClientRect();
    var left = Math.min(box.left, window.innerWidth - tip.offsetWidth - 8);
    var top = box.bottom + 6;
    if (top + tip.offsetHeight > window.innerHeight) {
      top = Math.max(8, box.top - tip.offsetHeight - 6);
    }
    tip.style.left = Math.max(8, left) + "px";
    tip.style.top = top + "px";
  }

  function hide() { if (!pinned) { tip.hidden = true; } }

  document.addEventListener("mouseover", function (event) {
    var target = owner(event.target);
    if (target && !pinned) { show(target); }
  });
  document.addEventListener("mouseout", function (event) {
    var target = owner(event.target);
    if (target && !target.contains(event.relatedTarget)) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var target = owner(event.target);
    if (target && !pinned) { show(target); }
  });
  document.addEventListener("click", function (event) {
    var target = owner(event.target);
    if (target) { pinned = target; show(target); }
    else if (!tip.contains(event.target)) { pinned = null; hide(); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { pinned = null; hide(); }
  });
}());
