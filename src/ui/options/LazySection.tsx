import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

interface LazySectionProps<M> {
  headingId: string;
  heading: string;
  /** Loads the section's code (a dynamic import). */
  load: () => Promise<M>;
  children: (loaded: M) => ComponentChildren;
}

/** How near the screen a section starts loading, so it is usually ready when it scrolls in. */
const LOAD_MARGIN = '400px 0px';

/**
 * A section of the page whose code loads when it comes near the screen (scrolled to, or reached by
 * the page's links): the page's first view loads only what it shows. Its heading is there from the
 * start, so links, headings navigation and focus work before the code has come.
 */
export function LazySection<M>({ headingId, heading, load, children }: LazySectionProps<M>) {
  const section = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ value: M } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const start = () => {
      observer?.disconnect();
      load().then(
        (value) => live && setLoaded({ value }),
        () => live && setFailed(true),
      );
    };
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: LOAD_MARGIN })
        : null;
    if (observer && section.current) observer.observe(section.current);
    else start();
    return () => {
      live = false;
      observer?.disconnect();
    };
  }, []);

  return (
    <section class="panel" aria-labelledby={headingId} ref={section}>
      <h2 id={headingId} tabIndex={-1}>
        {heading}
      </h2>
      {loaded ? (
        children(loaded.value)
      ) : (
        <p role="status" aria-busy={!failed}>
          {failed ? t('optSectionLoadFailed') : t('loading')}
        </p>
      )}
    </section>
  );
}
