// The root page: go to /fr/ or /en/ following the browser's preferred languages.
// Without JavaScript the page shows plain links to both.
(function () {
  var supported = ["fr", "en"];
  var wanted = navigator.languages || [navigator.language || ""];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).slice(0, 2).toLowerCase();
    if (supported.indexOf(code) !== -1) {
      window.location.replace(code + "/");
      return;
    }
  }
  window.location.replace(supported[0] + "/");
})();
