/* global window, document, URL */
/*
 * si-catalogue.loader.js: a classic script (no type="module") for page templates and editors that
 * accept only classic scripts. It is ES5 on purpose: an old browser parses it without a syntax
 * error and leaves the page as it is.
 *
 * 1. Loads si-catalogue.bundle.js (an ES module) from its own directory, once per page; a
 *    data-bundle="URL" attribute on this script's tag names another bundle URL.
 * 2. Turns progressive-fallback links into the elements:
 *      <a href="/static/si-catalogue/catalogue.html?si-component=si-catalogue&level=township">标准目录</a>
 *    becomes <si-catalogue level="township"></si-catalogue>. Every other query parameter becomes an
 *    attribute (names of letters, digits and hyphens; never on*, style, is or slot). Without
 *    JavaScript, or in a browser without modules, the link stays a link to the catalogue page.
 */
(function () {
  'use strict';
  var doc = document;
  var TAGS = ['si-catalogue', 'si-item-card', 'si-service-guide', 'si-deadline', 'si-channel-badges'];
  var ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
  var FORBIDDEN = /^(on|style$|is$|slot$|si-component$)/;

  function ownScript() {
    if (doc.currentScript) return doc.currentScript;
    var scripts = doc.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i -= 1) {
      if (/si-catalogue\.loader[^/]*\.js/.test(scripts[i].src)) return scripts[i];
    }
    return null;
  }

  var script = ownScript();
  // Browsers without ES modules cannot run the bundle: keep the links.
  if (!('noModule' in doc.createElement('script')) || typeof URL !== 'function' || !window.customElements) return;

  var base = script && script.src ? script.src : doc.baseURI;
  var bundleUrl = new URL((script && script.getAttribute('data-bundle')) || 'si-catalogue.bundle.js', base).href;

  function loadBundle() {
    if (window.customElements.get('si-catalogue')) return;
    var modules = doc.querySelectorAll('script[type="module"][src]');
    for (var i = 0; i < modules.length; i += 1) {
      if (modules[i].src === bundleUrl) return;
    }
    var module = doc.createElement('script');
    module.type = 'module';
    module.src = bundleUrl;
    // A page whose policy allows scripts by nonce gives the loader one: the bundle gets it too.
    if (script && script.nonce) module.nonce = script.nonce;
    (doc.head || doc.documentElement).appendChild(module);
  }

  function elementFor(link) {
    var url;
    try {
      url = new URL(link.getAttribute('href'), doc.baseURI);
    } catch (ignored) { // eslint-disable-line @typescript-eslint/no-unused-vars
      return null;
    }
    var tag = url.searchParams.get('si-component');
    if (TAGS.indexOf(tag) === -1) return null;
    var element = doc.createElement(tag);
    url.searchParams.forEach(function (value, name) {
      if (ATTRIBUTE_NAME.test(name) && !FORBIDDEN.test(name)) element.setAttribute(name, value);
    });
    return element;
  }

  function upgradeLinks(root) {
    var links = root.querySelectorAll('a[href*="si-component="]');
    for (var i = 0; i < links.length; i += 1) {
      var element = elementFor(links[i]);
      if (element) links[i].parentNode.replaceChild(element, links[i]);
    }
  }

  loadBundle();
  if (doc.readyState === 'loading') {
    doc.addEventListener('DOMContentLoaded', function () {
      upgradeLinks(doc);
    });
  } else {
    upgradeLinks(doc);
  }
})();
