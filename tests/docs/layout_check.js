// Injected into a generated page by tests/docs_layout_test.cpp and run by headless Chromium: it
// measures the laid-out page and writes what it found into <body data-layout="…"> for the test to
// read from `--dump-dom`. A name or unit broken inside a word, or a page wider than the window, is
// a failure.
(function () {
  function midWordBreaks() {
    var bad = [];
    document.querySelectorAll('code.name, code.unit').forEach(function (el) {
      var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      var prevTop = null, prevChar = '';
      for (var node = walker.nextNode(); node; node = walker.nextNode()) {
        for (var i = 0; i < node.length; i++) {
          var range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          var rects = range.getClientRects();
          if (!rects.length) continue;
          var top = Math.round(rects[0].top);
          if (prevTop !== null && top > prevTop + 2 && '._/ -'.indexOf(prevChar) < 0) {
            if (bad.length < 20 && bad[bad.length - 1] !== el) bad.push(el);
          }
          prevTop = top;
          prevChar = node.data[i];
        }
      }
    });
    return bad.map(function (el) { return el.textContent; });
  }
  function visibleItems() {
    var n = 0;
    document.querySelectorAll('.item').forEach(function (item) {
      if (item.offsetParent !== null) n++;
    });
    return n;
  }
  var result = {
    width: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    midWordBreaks: midWordBreaks(),
    items: visibleItems()
  };
  var search = document.getElementById('search');
  var query = document.body.getAttribute('data-query');
  if (search && query !== null) {
    search.value = query;
    search.dispatchEvent(new Event('input'));
    result.itemsMatching = visibleItems();
    var empty = document.getElementById('no-match');
    result.noMatchShown = empty ? !empty.hidden : null;
  }
  document.body.setAttribute('data-layout', JSON.stringify(result));
  // Headless Chromium's window is at least 500 px wide: narrower widths are checked in an iframe
  // of tests/docs/frame.html, which records the message on its own body.
  if (window.parent !== window) window.parent.postMessage(JSON.stringify(result), '*');
})();
