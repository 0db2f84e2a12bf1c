/**
 * The navbar search box: results as you type, grouped by content type,
 * with keyboard navigation (ARIA 1.2 combobox with a listbox), opened with
 * Ctrl+K, ⌘K or "/". Replaces the theme's empty SearchBar slot.
 */

import React, {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

import {useHistory} from '@docusaurus/router';
import clsx from 'clsx';

import type {SearchResponse, SearchResult} from '../../shared/engine';
import {SEARCH_TYPES} from '../../shared/format';
import {search} from '../../client/client';
import {resultCount, resultHref, typeLabels, unavailableMessage} from '../../client/labels';
import Snippet from '../Snippet';

import styles from './styles.module.css';

// Few enough, with two-line snippets, that the list never needs to scroll.
const LIMIT = 6;
const DELAY = 120;

type State =
  {kind: 'idle'} | {kind: 'loading'} | {kind: 'done'; response: SearchResponse} | {kind: 'error'};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export default function SearchBar(): ReactNode {
  const id = useId();
  const listId = `${id}-lista`;
  const history = useHistory();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [state, setState] = useState<State>({kind: 'idle'});
  const latest = useRef(0);

  // Ctrl+K and ⌘K anywhere; "/" when not typing somewhere else.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut =
        ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
        (event.key === '/' && !isTyping(event.target));
      if (!shortcut) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (query.trim() === '') {
      setState({kind: 'idle'});
      return undefined;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setState((current) => (current.kind === 'done' ? current : {kind: 'loading'}));
      search({query, partial: true, limit: LIMIT}).then(
        (response) => ticket === latest.current && setState({kind: 'done', response}),
        () => ticket === latest.current && setState({kind: 'error'}),
      );
    }, DELAY);
    return () => clearTimeout(timer);
  }, [query]);

  const results = useMemo(() => (state.kind === 'done' ? state.response.results : []), [state]);
  // Options in the order shown: grouped by type, then "all results".
  const groups = useMemo(
    () =>
      SEARCH_TYPES.map((type) => ({
        type,
        results: results.filter((result) => result.type === type),
      })).filter((group) => group.results.length > 0),
    [results],
  );
  const options: (SearchResult | 'all')[] = useMemo(
    () => [...groups.flatMap((group) => group.results), ...(query.trim() ? ['all' as const] : [])],
    [groups, query],
  );
  const allHref = `/haku?q=${encodeURIComponent(query.trim())}`;

  const go = useCallback(
    (option: SearchResult | 'all') => {
      setOpen(false);
      setActive(-1);
      history.push(option === 'all' ? allHref : resultHref(option));
    },
    [allHref, history],
  );

  const expanded = open && query.trim() !== '';

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const last = options.length - 1;
      setActive((current) =>
        event.key === 'ArrowDown'
          ? current >= last
            ? 0
            : current + 1
          : current <= 0
            ? last
            : current - 1,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() === '') return;
      const option = options[active];
      go(option ?? 'all');
    } else if (event.key === 'Escape') {
      // Chromium empties a search field on Escape; here Escape first closes
      // the list and keeps what was typed.
      event.preventDefault();
      if (expanded) {
        setOpen(false);
        setActive(-1);
      } else {
        setQuery('');
      }
    }
  };

  const optionId = (index: number) => `${id}-${index}`;
  const activeOption = active >= 0 && active < options.length ? optionId(active) : undefined;
  let index = -1;

  let status = '';
  if (expanded) {
    if (state.kind === 'error') status = unavailableMessage;
    else if (state.kind === 'done') {
      const {response} = state;
      status =
        response.status === 'nothing'
          ? 'Kirjoita hakusanaksi kirjaimia tai numeroita.'
          : response.total === 0
            ? `Ei tuloksia haulla ”${response.query.trim()}”.`
            : `${resultCount(response.total)}. Selaa nuolinäppäimillä.`;
    }
  }

  return (
    <div className={styles.search} role="search" aria-label="Haku oppaasta">
      <input
        ref={input}
        type="search"
        className={styles.input}
        placeholder="Hae oppaasta"
        aria-label="Hae oppaasta"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption}
        autoComplete="off"
        spellCheck={false}
        maxLength={10000}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      <kbd className={clsx(styles.hint, query !== '' && styles.hidden)} aria-hidden="true">
        Ctrl K
      </kbd>
      <div className="sr-only" role="status" aria-live="polite">
        {status}
      </div>
      <div className={clsx(styles.panel, !expanded && styles.hidden)}>
        {state.kind === 'done' && state.response.total === 0 && (
          <p className={styles.message}>
            {state.response.status === 'nothing'
              ? 'Kirjoita hakusanaksi kirjaimia tai numeroita.'
              : `Haulla ”${state.response.query.trim()}” ei löytynyt mitään.`}
            {state.response.suggestion && ` Kokeile: ${state.response.suggestion}`}
          </p>
        )}
        {state.kind === 'error' && <p className={styles.message}>{unavailableMessage}</p>}
        <ul id={listId} role="listbox" aria-label="Hakutulokset" className={styles.list}>
          {groups.map((group) => (
            <li key={group.type} role="presentation">
              <div className={styles.group} id={`${id}-${group.type}`} role="presentation">
                {typeLabels[group.type].many}
              </div>
              <ul role="group" aria-labelledby={`${id}-${group.type}`} className={styles.list}>
                {group.results.map((result) => {
                  index += 1;
                  const position = index;
                  return (
                    <li
                      key={`${result.path}#${result.anchor}`}
                      id={optionId(position)}
                      role="option"
                      aria-selected={position === active}
                      className={clsx(styles.option, position === active && styles.active)}
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => go(result)}>
                      <span className={styles.title}>{result.title}</span>
                      {result.heading && (
                        <span className={styles.heading}> › {result.heading}</span>
                      )}
                      <span className={styles.snippet}>
                        <Snippet fragments={result.snippet} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
          {query.trim() !== '' && (
            <li
              id={optionId(options.length - 1)}
              role="option"
              aria-selected={active === options.length - 1}
              className={clsx(
                styles.option,
                styles.all,
                active === options.length - 1 && styles.active,
              )}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => go('all')}>
              Kaikki tulokset
              {state.kind === 'done' && state.response.total > 0
                ? ` (${state.response.total})`
                : ''}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
