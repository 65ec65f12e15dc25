// What `wxt/browser` is in the tests: WXT's fake browser. WXT's own mock of that module reaches it
// through `wxt/testing`, which also loads WXT's whole build tool into every test file (over a second each).
export { fakeBrowser as browser } from 'wxt/testing/fake-browser';
