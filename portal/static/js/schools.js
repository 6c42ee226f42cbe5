// Progressive enhancement of /scholen/: the page works fully without this file.
// At most N schools can be ticked for comparison; the count is announced to screen readers. Filters are
// not applied on every tick: reloading the page under a keyboard user's hands would lose their place.
(function () {
  "use strict";
  var compare = document.querySelector("form[data-compare-max]");
  if (compare) {
    var max = parseInt(compare.getAttribute("data-compare-max"), 10);
    var status = compare.querySelector(".compare-count");
    var boxes = compare.querySelectorAll("input[name=school]");
    var update = function () {
      var chosen = compare.querySelectorAll("input[name=school]:checked").length;
      boxes.forEach(function (box) { box.disabled = !box.checked && chosen >= max; });
      status.textContent = chosen === 0 ? "" : chosen + " van " + max + " scholen gekozen om te vergelijken." +
        (chosen >= max ? " U kunt er niet meer kiezen." : "");
    };
    compare.addEventListener("change", update);
    update();
  }
})();
