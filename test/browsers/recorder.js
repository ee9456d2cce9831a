// Served as the first script of every page in the browser smoke test (test/browsers/server.js
// adds it): WebKit's WebDriver has no console stream, so the page keeps its own log of uncaught
// errors, unhandled rejections, console.error/warn, resources that failed to load and Content
// Security Policy violations, which the test reads back. A same-origin file, so strict CSP allows it.
(function () {
  var log = { errors: [], warnings: [] };
  window.__siSmokeLog = log;
  var text = function (value) {
    if (value instanceof Error) return value.name + ': ' + value.message;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value);
    } catch {
      return String(value);
    }
  };
  window.addEventListener(
    'error',
    function (event) {
      var target = event.target;
      if (target && target !== window && target.localName) {
        log.errors.push('failed to load <' + target.localName + '> ' + (target.src || target.href || ''));
      } else {
        log.errors.push('uncaught ' + text(event.error || event.message) + ' at ' + event.filename + ':' + event.lineno + ':' + event.colno);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (event) {
    log.errors.push('unhandled rejection: ' + text(event.reason));
  });
  document.addEventListener(
    'securitypolicyviolation',
    function (event) {
      log.errors.push(
        'CSP violation: ' +
          event.violatedDirective +
          ' blocked ' +
          (event.blockedURI || '(inline)') +
          ' in ' +
          (event.sourceFile || '(page)') +
          ':' +
          event.lineNumber +
          ' ' +
          (event.sample || ''),
      );
    },
    true,
  );
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      var message = 'console.' + level + ': ' + Array.prototype.map.call(arguments, text).join(' ');
      (level === 'error' ? log.errors : log.warnings).push(message);
      return original.apply(this, arguments);
    };
  });
})();
