// The search page: Pagefind's UI over this language's index, kept in shards merged at query time
// (Pagefind picks the language from <html lang>). A ?q= parameter starts a search, so searches can be linked.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  var bundles = element.getAttribute("data-bundles").split(" ").filter(Boolean).map(function (path) {
    return new URL(path, window.location.href).pathname;
  });
  if (!bundles.length || typeof PagefindUI === "undefined") {
    return;
  }
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
