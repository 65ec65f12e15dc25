import { useEffect, useState } from 'preact/hooks';
import type { StretchSession } from '../../src/core/stretch';
import type { UiRequest } from '../../src/core/uiRequest';
import { sendToBackground } from '../../src/platform/messages';
import { openSettingsPage } from '../../src/platform/pages';
import type { ParsedSettings } from '../../src/core/settings';
import { speak } from '../../src/platform/speech';
import { settingsFormStore } from '../../src/platform/settingsWriter';
import { loadStretch, watchStretch } from '../../src/platform/stateStore';
import { isOnToolbar, watchOnToolbar } from '../../src/platform/toolbarPin';
import { useNow, useOneAtATime, useStored } from '../../src/ui/hooks';
import { useSettingsForm } from '../../src/ui/options/useSettingsForm';
import { WelcomeApp } from '../../src/ui/welcome/WelcomeApp';

/** The welcome page's root: the settings form, the toolbar pin and the stretch wired to the page. */
export function WelcomePage({ initial }: { initial: ParsedSettings }) {
  const form = useSettingsForm(initial, settingsFormStore);
  const onToolbar = useOnToolbar();
  const session = useStored<StretchSession | null>(loadStretch, watchStretch);
  // Ticks fast only while a stretch runs; the stretch itself lives in the background.
  const now = useNow(session?.status === 'running' ? 250 : 60_000);
  const [openedAt] = useState(() => Date.now());
  const oneAtATime = useOneAtATime();
  const send = (request: UiRequest) => oneAtATime(() => sendToBackground(request));
  return (
    <WelcomeApp
      form={form}
      onToolbar={onToolbar}
      trying={
        session === undefined
          ? undefined
          : { session, justEnded: session?.status === 'ended' && (session.endedAt ?? 0) >= openedAt, now, speak, send }
      }
      onOpenSettings={() => void openSettingsPage()}
    />
  );
}

function useOnToolbar(): boolean | null | undefined {
  const [onToolbar, setOnToolbar] = useState<boolean | null>();
  useEffect(() => {
    void isOnToolbar().then(setOnToolbar);
    return watchOnToolbar(setOnToolbar);
  }, []);
  return onToolbar;
}
