// Progressive enhancement of /scholen/: the page works fully without this file.
// At most N schools can be ticked for comparison; the count is announced to screen readers. Filters are
// not applied on every tick: reloading the page under a keyboard user's hands would lose their place.
(function () {
  "use strict";
  // The page's language: Django's JavaScript catalogue (/jsi18n/, /en/jsi18n/) is loaded before this file.
  var gettext = window.gettext || function (text) { return text; };
  var interpolate = window.interpolate || function (text, values) {
    return text.replace(/%\(([a-z]+)\)s/g, function (_, name) { return values[name]; });
  };
  var compare = document.querySelector("form[data-compare-max]");
  if (compare) {
    var max = parseInt(compare.getAttribute("data-compare-max"), 10);
    var status = compare.querySelector(".compare-count");
    var boxes = compare.querySelectorAll("input[name=school]");
    var update = function () {
      var chosen = compare.querySelectorAll("input[name=school]:checked").length;
      boxes.forEach(function (box) { box.disabled = !box.checked && chosen >= max; });
      status.textContent = chosen === 0 ? "" :
        interpolate(gettext("%(chosen)s van %(max)s scholen gekozen om te vergelijken."),
                    {chosen: chosen, max: max}, true) +
        (chosen >= max ? " " + gettext("U kunt er niet meer kiezen.") : "");
    };
    compare.addEventListener("change", update);
    update();
  }
})();
