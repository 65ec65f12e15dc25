// The welcome page rendered in happy-dom, with the real background answering through the fake browser.
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadStretch } from '../../src/platform/stateStore';
import { WelcomePage } from '../../entrypoints/welcome/WelcomePage';
import { loadSettings } from '../../src/platform/settingsStore';
import { usePageContainer } from './pageFixture';
import { getMessage } from './messages';
import { storedSettings, waitFor } from './setup';
import { queriesIn, type } from './queries';

const container = usePageContainer();
let root: HTMLElement;
beforeEach(() => {
  root = container();
});

const { $, text, button } = queriesIn(() => root);

type Listener = (settings: { isOnToolbar?: boolean }) => void;
/** Chrome's toolbar settings, which the fake browser lacks. */
function toolbarSettings(isOnToolbar: boolean, withEvent: boolean) {
  const listeners: Listener[] = [];
  const state = { isOnToolbar };
  Object.assign(fakeBrowser.action, {
    getUserSettings: vi.fn(async () => ({ ...state })),
    onUserSettingsChanged: withEvent
      ? { addListener: (l: Listener) => listeners.push(l), removeListener: () => undefined }
      : undefined,
  });
  return {
    pin(on: boolean) {
      state.isOnToolbar = on;
      listeners.forEach((l) => l({ ...state }));
    },
  };
}

async function openPage(): Promise<void> {
  render(<WelcomePage initial={await loadSettings()} />, root);
  await waitFor(() => expect($('#intervalMinutes')).not.toBeNull());
}

describe('welcome page', () => {
  it('says what Unhunch does, with the choices that matter set to their defaults, privacy and safety', async () => {
    toolbarSettings(true, true);
    await openPage();
    expect(text('h1')).toBe('Welcome to Unhunch');
    expect(root.querySelectorAll('.intro p')).toHaveLength(3);
    expect($<HTMLInputElement>('#intervalMinutes')!.value).toBe('45');
    expect($<HTMLInputElement>('#positions-seated')!.checked).toBe(true);
    expect($<HTMLInputElement>('#positions-standing')!.checked).toBe(true);
    expect($<HTMLInputElement>('#positions-floor')!.checked).toBe(false);
    expect(root.querySelectorAll('#equipment input:checked')).toHaveLength(0);
    expect($<HTMLInputElement>('#nudgeLevel-window')!.checked).toBe(true);
    expect($<HTMLSelectElement>('#language')!.value).toBe('browser');
    expect(root.textContent).toContain(getMessage('welcomePrivacy'));
    expect(root.textContent).toContain(getMessage('safetyLine'));
  });

  it('saves each choice as an ordinary setting, and refuses an invalid one as the options page does', async () => {
    toolbarSettings(true, true);
    await openPage();
    button('30 min')!.click();
    $<HTMLInputElement>('#positions-floor')!.click();
    $<HTMLInputElement>('#equipment-band')!.click();
    $<HTMLInputElement>('#nudgeLevel-notification')!.click();
    await waitFor(async () =>
      expect(await storedSettings()).toMatchObject({
        intervalMinutes: 30,
        positions: ['seated', 'standing', 'floor'],
        equipment: ['band'],
        nudgeLevel: 'notification',
      }),
    );
    await waitFor(() => expect(text('[data-testid="save-status"]')).toBe('Saved'));

    const interval = $<HTMLInputElement>('#intervalMinutes')!;
    type(interval, '5');
    await waitFor(() => expect(text('#intervalMinutes-error')).toBe('Enter a whole number from 10 to 180.'));
    expect(interval.getAttribute('aria-invalid')).toBe('true');
    expect((await storedSettings())?.intervalMinutes).toBe(30);
  });

  it('plays a stretch right in the page', async () => {
    toolbarSettings(true, true);
    await openPage();
    await waitFor(() => expect(button('Try a stretch now')).not.toBeNull());
    button('Try a stretch now')!.click();
    await waitFor(() => expect($('#exercise-name')).not.toBeNull());
    expect(text('[data-testid="phase"]')).toBe('Get ready');
    expect((await loadStretch())?.status).toBe('running');
    await waitFor(() => expect(document.activeElement).toBe($('#exercise-name')));
    button('Finish')!.click();
    await waitFor(() => expect(button('Try a stretch now')).not.toBeNull());
    expect(text('.done-banner')).toBe(getMessage('stretchStoppedEarly'));
  });

  it("speaks the stretch tried in the page through the browser's own voice once the voice is switched on", async () => {
    const said: string[] = [];
    vi.stubGlobal('SpeechSynthesisUtterance', class { constructor(readonly text: string) {} });
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ lang: 'en-GB', localService: true }],
      speak: (utterance: { text: string }) => void said.push(utterance.text),
      cancel: () => undefined,
      speaking: false,
      pending: false,
    });
    toolbarSettings(true, true);
    await openPage();
    await waitFor(() => expect(button('Try a stretch now')).not.toBeNull());
    button('Try a stretch now')!.click();
    await waitFor(() => expect($('#exercise-name')).not.toBeNull());
    expect(said).toEqual([]);
    button('Voice')!.click();
    // The exercise's name, then what to do now.
    await waitFor(() => expect(said[0]?.startsWith(`${text('#exercise-name')}. `)).toBe(true));
    await waitFor(async () => expect((await storedSettings())?.voice).toBe(true));
  });

  it('shows how to pin the button while it is not on the toolbar, and notices when it is pinned', async () => {
    const toolbar = toolbarSettings(false, true);
    await openPage();
    await waitFor(() => expect(root.querySelectorAll('.pin-how li')).toHaveLength(2));
    expect($('.pin-picture')!.getAttribute('role')).toBe('img');
    expect($('.pin-picture')!.getAttribute('aria-label')).toBe(getMessage('welcomePinPicture'));
    toolbar.pin(true);
    await waitFor(() => expect(text('.pin-done')).toBe(getMessage('welcomePinned')));
    expect($('.pin-how')).toBeNull();
  });

  it('checks again when the page regains focus where the browser has no change event', async () => {
    const toolbar = toolbarSettings(false, false);
    await openPage();
    await waitFor(() => expect($('.pin-how')).not.toBeNull());
    toolbar.pin(true); // no event: the page only finds out when it looks again
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(text('.pin-done')).toBe(getMessage('welcomePinned')));
  });

  it('says where the button is when the browser cannot tell (Firefox places it on the toolbar)', async () => {
    Object.assign(fakeBrowser.action, { getUserSettings: undefined, onUserSettingsChanged: undefined });
    await openPage();
    await waitFor(() => expect($('[data-testid="pin"]')!.textContent).toContain(getMessage('welcomePinUnknown')));
    expect($('.pin-how')).toBeNull();
  });
});
