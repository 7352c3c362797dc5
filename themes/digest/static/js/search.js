// The search page: Pagefind's UI over this language's index (Pagefind picks it from <html lang>).
// A ?q= parameter in the address starts a search, so searches can be linked.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: new URL(element.getAttribute("data-bundle"), window.location.href).pathname,
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
