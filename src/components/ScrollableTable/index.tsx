import React, {useEffect, useRef, useState, type ComponentProps, type ReactNode} from 'react';

import styles from './styles.module.css';

/**
 * A Markdown table in a box that scrolls sideways on narrow screens. When the
 * table is wider than the box, the box joins the Tab order and is named, so
 * keyboard users can scroll it too (WCAG 2.1.1; axe `scrollable-region-focusable`),
 * and a visible cue at its right edge says that more columns follow, until
 * the reader has scrolled to the end. The cue lies over the box, so showing
 * it moves nothing on the page. A table that fits adds no Tab stop and no cue.
 */
export default function ScrollableTable(props: ComponentProps<'table'>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  const [atEnd, setAtEnd] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return undefined;
    const measure = () => {
      setOverflows(element.scrollWidth > element.clientWidth + 1);
      setAtEnd(element.scrollLeft + element.clientWidth >= element.scrollWidth - 1);
    };
    measure();
    // The table can grow while the box keeps its size (fonts arriving), so
    // both are watched.
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    element.addEventListener('scroll', measure, {passive: true});
    return () => {
      observer.disconnect();
      element.removeEventListener('scroll', measure);
    };
  }, []);

  return (
    <div className={styles.wrapper}>
      <div
        ref={box}
        className={styles.box}
        {...(overflows
          ? {tabIndex: 0, role: 'region', 'aria-label': 'Taulukko, vieritä sivusuunnassa'}
          : {})}>
        <table {...props} />
      </div>
      {overflows && !atEnd && (
        <span className={styles.cue} data-scroll-cue="" aria-hidden="true">
          Vieritä →
        </span>
      )}
    </div>
  );
}
