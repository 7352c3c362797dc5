// The search page: Pagefind's UI over the bundles listed in data-bundles, merged at query time (search.py:
// each entry once, its text in its own language; Pagefind opens each bundle's index for <html lang>).
// A result in the other language tree is linked in this page's tree, whose entry page marks the original text.
// A ?q= parameter starts a search, so searches can be linked.
document.addEventListener("DOMContentLoaded", function () {
  var element = document.getElementById("search");
  var bundles = element.getAttribute("data-bundles").split(" ").filter(Boolean).map(function (path) {
    return new URL(path, window.location.href).pathname;
  });
  if (!bundles.length || typeof PagefindUI === "undefined") {
    return;
  }
  var root = new URL(element.getAttribute("data-root"), window.location.href).pathname;
  var lang = document.documentElement.lang;
  var entries = root + lang + "/entries/";
  function inThisTree(url) {
    // "<root><other lang>/entries/<slug>/..." -> "<root><lang>/entries/<slug>/..."
    if (url && url.indexOf(root) === 0 && url.indexOf(entries) !== 0) {
      var rest = url.slice(root.length);
      var slash = rest.indexOf("/");
      if (rest.slice(slash, slash + 9) === "/entries/") {
        return entries + rest.slice(slash + 9);
      }
    }
    return url;
  }
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundles[0],
    mergeIndex: bundles.slice(1).map(function (path) { return { bundlePath: path }; }),
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    processResult: function (result) {
      result.url = inThisTree(result.url);
      (result.sub_results || []).forEach(function (sub) { sub.url = inThisTree(sub.url); });
      return result;
    }
  });
  // Pagefind's input has a placeholder but no label: give it the page's own, in the page's language.
  var label = element.getAttribute("data-label");
  var input = element.querySelector("input");
  if (input && label) {
    input.setAttribute("aria-label", label);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
