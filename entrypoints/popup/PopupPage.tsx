import { t } from '../../src/platform/i18n';
import { PopupApp, type PopupView } from '../../src/ui/PopupApp';
import type { PopupStore } from './popupStore';
import { usePopupData } from './usePopupData';

/** The popup's root: its stored values and requests wired to the components. */
export function PopupPage({ view, store }: { view: PopupView; store: PopupStore }) {
  const page = usePopupData(view, store);
  const { stretch } = page;
  if (stretch === 'loading') return <p aria-busy="true">{t('loading')}</p>;
  const session = stretch?.session;
  const exercise = session?.status === 'ready' ? stretch!.views.sessionExercise(session) : undefined;
  const { ExercisePreview, StretchPlayer } = stretch?.views ?? {};
  return (
    <PopupApp
      view={view}
      status={page.status}
      breakMinutes={page.settings.breakMinutes}
      today={page.today}
      justEnded={page.justEnded}
      player={
        session?.status === 'running' &&
        StretchPlayer && (
          <StretchPlayer
            session={session}
            settings={page.settings}
            now={page.now}
            audible={page.audible}
            firstStretch={page.firstStretch}
            send={page.send}
          />
        )
      }
      preview={exercise && ExercisePreview ? (start) => <ExercisePreview exercise={exercise}>{start}</ExercisePreview> : undefined}
      onStart={page.onStart}
      onOpenSettings={page.onOpenSettings}
      send={page.send}
    />
  );
}
