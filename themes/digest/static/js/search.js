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
  // A misspelt word ("Bubek") matches nothing: Pagefind matches whole words and their beginnings, so when a search
  // finds nothing, the longest beginning of its last word (four letters at least) that finds something is searched
  // instead, and the page says so. The candidates are tried on a Pagefind of their own (the UI's one answers only
  // its latest search), loaded the first time a search finds nothing.
  var note = document.createElement("p");
  note.className = "search-note";
  note.setAttribute("aria-live", "polite");
  element.insertBefore(note, element.firstChild);
  var shown = "";  // the query whose results are on screen
  var retried = {};  // queries already widened, so a widened query is never widened again
  var own = null;
  function finder() {
    if (!own) {
      own = import(bundles[0] + "pagefind.js?widen").then(function (pagefind) {
        return Promise.resolve(pagefind.options({bundlePath: bundles[0]})).then(function () {
          return Promise.all(bundles.slice(1).map(function (path) { return pagefind.mergeIndex(path); }));
        }).then(function () { return pagefind; });
      });
    }
    return own;
  }
  function nothingFound(query) {
    var input = element.querySelector(".pagefind-ui__search-input");
    return input && input.value === query && element.querySelector(".pagefind-ui__message") &&
      !element.querySelector(".pagefind-ui__result");
  }
  function widen(query) {
    var words = query.trim().split(/\s+/);
    var last = words.pop() || "";
    if (last.length < 5 || retried[query]) {
      return;
    }
    retried[query] = true;
    finder().then(function (pagefind) {
      var tries = [query];  // itself first: the UI may still be loading its results
      for (var n = last.length - 1; n >= 4; n--) {
        tries.push(words.concat([last.slice(0, n)]).join(" "));
      }
      function next() {
        var candidate = tries.shift();
        if (!candidate || !nothingFound(query)) {
          return;
        }
        pagefind.search(candidate).then(function (found) {
          if (found && found.results && found.results.length) {
            if (candidate === query || !nothingFound(query)) {
              return;
            }
            retried[candidate] = true;
            note.textContent = element.getAttribute("data-widened").replace("{query}", query).replace("{shorter}", candidate);
            ui.triggerSearch(candidate);
          } else {
            next();
          }
        });
      }
      next();
    });
  }
  var pending = null;
  new MutationObserver(function () {
    var input = element.querySelector(".pagefind-ui__search-input");
    var query = input ? input.value : "";
    if (query !== shown) {
      if (!retried[query]) {
        note.textContent = "";
      }
      shown = query;
    }
    if (query && nothingFound(query)) {
      clearTimeout(pending);
      pending = setTimeout(function () {
        if (nothingFound(query)) {
          widen(query);
        }
      }, 400);
    }
  }).observe(element, {childList: true, subtree: true, characterData: true});
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
});
