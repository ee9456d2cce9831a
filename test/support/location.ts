/** Puts the page URL back after every test of the calling suite (tests that set a hash or query). */
export function restoreLocationAfterEach(): void {
  let original = '';
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));
}
