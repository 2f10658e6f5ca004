/*
 * System Test Runner: draws the run-history page.
 *
 * Runs in the command line's standalone history page (opened from file://, no network) and in the Jenkins page.
 * Both provide the element everything is drawn into, and the data in one of two places:
 *
 *   <div id="system-test-history-view"></div>                       where everything is drawn
 *   <script type="application/json" id="system-test-history">...</script>   the data (never executed), or
 *   <div id="system-test-history-view" data-history="...JSON..."></div>      the data in an attribute (Jenkins)
 *
 * The data contract, version 1 (see docs/pages.md; Java: io.jenkins.plugins.systemtest.engine.render.HistoryView):
 *
 *   {
 *     "version": 1,
 *     "title": "acme-shop system tests",
 *     "generatedAt": 1714557600000,                  // epoch ms
 *     "filters": {
 *       "tenants": [{"key": "acme", "name": "Acme Corp"}],
 *       "suites": ["e2e"],
 *       "verdicts": ["PASSED", "FAILED"]              // PASSED | FAILED | INFRA_ERROR | NO_TESTS | ABORTED | RUNNING
 *     },
 *     "runs": [{                                      // newest first
 *       "id": "12-acme-e2e", "build": 12, "tenant": "acme", "tenantName": "Acme Corp", "suite": "e2e",
 *       "verdict": "FAILED",
 *       "counts": {"total": 42, "passed": 38, "failed": 2, "errors": 0, "skipped": 1, "flaky": 1},
 *       "passRate": 95.12,                            // percent of executed tests, -1 when no test ran
 *       "startedAt": 1714557600000, "durationMillis": 183000,
 *       "trigger": "Started by user alice", "revision": "4f2a9c1",
 *       "summaryHref": "runs/12-acme-e2e/summary.html"   // relative or http(s) link, or ""
 *     }],
 *     "trends": [{"tenant": "acme", "tenantName": "Acme Corp",
 *                 "points": [{"runId": "12-acme-e2e", "build": 12, "startedAt": 1714557600000,
 *                             "passRate": 95.12, "durationMillis": 183000, "verdict": "FAILED"}]}],  // oldest first
 *     "flaky": [{"testId": "com.acme.CartIT.checkout", "flips": 4, "runs": 20, "failures": 3, "flaky": 2,
 *                "lastBuild": 12}],
 *     "tests": [{"testId": "com.acme.CartIT.checkout",
 *                "entries": [{"runId": "12-acme-e2e", "build": 12, "tenant": "acme", "startedAt": 1714557600000,
 *                             "outcome": "FAILED"}]}]   // oldest first; PASSED | FAILED | ERROR | SKIPPED | FLAKY
 *     "paging": {"page": 2, "pageSize": 50, "pages": 40, "total": 1990,   // optional: server-side paging
 *                "tenants": 30, "trendsCut": true, "test": "com.acme.CartIT.checkout"}
 *   }
 *
 * Without "paging" (command line) "runs" holds every run and the page filters and pages them itself. With it
 * (Jenkins) "runs" is the one page the server chose from the query string; choosing a filter or a page loads the
 * page again with the new query string, and test ids of the flaky table link to "?test=<id>".
 *
 * Rules: every value is untrusted. The DOM is built with createElement/createElementNS and textContent only;
 * links only for relative paths or http(s) URLs; no inline styles (the page runs under "style-src 'self'"). The
 * filters (tenant, suite, verdict) and the page number are kept in the query string, so a view can be shared.
 * Other query parameters (test) are kept as they are.
 */
(() => {
  'use strict';

  const ISLAND_ID = 'system-test-history';
  const DATA_ATTRIBUTE = 'data-history';
  const MOUNT_ID = 'system-test-history-view';
  const CONTRACT_VERSION = 1;
  const PAGE_SIZE = 50;
  const MAX_TEXT = 300;
  const MAX_TIP = 1000;
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const BOX_ID = 'system-test-job-box';
  const VERDICTS = ['PASSED', 'FAILED', 'INFRA_ERROR', 'NO_TESTS', 'ABORTED', 'RUNNING'];
  const OUTCOMES = ['PASSED', 'FAILED', 'ERROR', 'SKIPPED', 'FLAKY'];

  // ---- text and DOM helpers -------------------------------------------------------------------------------

  /** Text as shown: controls become U+FFFD, bidi overrides a visible [U+202E]. */
  const clean = (value) => String(value ?? '')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase()}]`);

  /** At most max characters, with an ellipsis when cut; surrogate pairs are not split. */
  const clip = (value, max) => {
    const s = clean(value);
    if (s.length <= max) return s;
    const end = /[\uD800-\uDBFF]/.test(s.charAt(max - 2)) ? max - 2 : max - 1;
    return `${s.slice(0, end)}\u2026`;
  };

  /** An element with a class and a text (cut to MAX_TEXT characters, as the Java pages cut names). */
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = clip(text, MAX_TEXT);
    return node;
  };

  /** Sets a tooltip, cut to MAX_TIP characters. */
  const tip = (node, text) => {
    node.title = clip(text, MAX_TIP);
    return node;
  };

  const svg = (tag, attrs, className) => {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (className) node.setAttribute('class', className);
    return node;
  };

  const svgText = (x, y, text, anchor) => {
    const node = svg('text', { x, y, 'text-anchor': anchor || 'start' }, 'st-chart-label');
    node.textContent = clip(text, MAX_TEXT);
    return node;
  };

  /** The URL when it is a relative path without scheme or an http(s) URL with a host; otherwise null. */
  const safeHref = (url) => {
    if (typeof url !== 'string' || url === '' || url.length > 8192) return null;
    if (/[\s\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/.test(url)) return null;
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(url)) {
      return /^https?:\/\/[^/\\?#@]+(?:[/?#][^\\]*)?$/i.test(url) ? url : null;
    }
    if (url.startsWith('//') || url.startsWith('\\') || url.startsWith('/\\')) return null;
    const path = url.split(/[?#]/, 1)[0];
    return path.includes(':') || path.includes('\\') ? null : url;
  };

  /** A header row; the columns at the given indexes hold numbers. */
  const headerRow = (columns, numeric) => {
    const tr = el('tr');
    columns.forEach((column, i) => {
      const th = el('th', numeric.includes(i) ? 'st-number' : '', column);
      th.scope = 'col';
      tr.append(th);
    });
    return tr;
  };

  const known = (value, list) => (list.includes(value) ? value : 'UNKNOWN');
  const cssName = (value) => String(value).toLowerCase().replace(/_/g, '-');
  const label = (verdict) => String(verdict).replace(/_/g, ' ');
  const num = (value) => (Number.isFinite(Number(value)) ? Number(value) : 0);
  /** A count with thousands separators, as the build page writes them: 10,000. */
  const grouped = (value) => num(value).toLocaleString('en-US');

  // ---- formats (the same rules as the Java Formats class) --------------------------------------------------

  const percent = (rate) => (num(rate) < 0 ? '-' : `${(Math.floor(num(rate) * 10) / 10).toFixed(1)}%`);

  const passRateText = (counts) => {
    const c = counts || {};
    const executed = num(c.total) - num(c.skipped);
    const skipped = num(c.skipped) > 0 ? `; ${num(c.skipped)} skipped` : '';
    if (executed <= 0) return `no test ran${skipped}`;
    const rate = (100 * (num(c.passed) + num(c.flaky))) / executed;
    return `${percent(rate)} of ${executed} executed${skipped}`;
  };

  const duration = (millis) => {
    const ms = Math.max(0, Math.floor(num(millis)));
    if (ms < 1000) return `${ms} ms`;
    if (ms < 60000) return `${(Math.floor(ms / 100) / 10).toFixed(1)} s`;
    const s = Math.floor(ms / 1000);
    const two = (n) => String(n).padStart(2, '0');
    if (s < 3600) return `${Math.floor(s / 60)} min ${two(s % 60)} s`;
    return `${Math.floor(s / 3600)} h ${two(Math.floor((s % 3600) / 60))} min`;
  };

  const instant = (millis) => {
    const ms = num(millis);
    if (ms <= 0) return 'unknown';
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? 'unknown' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  };

  /** "3 hr 12 min", "2 days 4 hr", "45 sec": the two largest units, as Jenkins writes a time span. */
  const span = (millis) => {
    const ms = Math.max(0, Math.floor(num(millis)));
    const units = [['yr', 31536000000], ['mo', 2592000000], ['day', 86400000], ['hr', 3600000], ['min', 60000],
      ['sec', 1000]];
    const name = (unit, n) => (unit === 'day' && n !== 1 ? 'days' : unit);
    for (let i = 0; i < units.length; i++) {
      const [unit, size] = units[i];
      const n = Math.floor(ms / size);
      if (n > 0) {
        const next = units[i + 1];
        const rest = next ? Math.floor((ms % size) / next[1]) : 0;
        return rest > 0 && n < 10 ? `${n} ${name(unit, n)} ${rest} ${name(next[0], rest)}` : `${n} ${name(unit, n)}`;
      }
    }
    return `${ms} ms`;
  };

  /** "3 hr 12 min ago", relative to when the server made the data (so every reader sees the same). */
  const ago = (millis, now, short) => {
    if (num(millis) <= 0) return 'unknown';
    const diff = num(now) - num(millis);
    if (diff < 1000) return 'just now';
    const text = span(diff);
    return `${short ? text.split(' ').slice(0, 2).join(' ') : text} ago`;
  };

  /** The exact time, in the reader's time zone, and UTC. */
  const exact = (millis) => {
    const ms = num(millis);
    if (ms <= 0) return 'unknown';
    const date = new Date(ms);
    if (Number.isNaN(date.getTime())) return 'unknown';
    return `${date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' })} (${instant(ms)})`;
  };

  /** A cell whose text is cut with an ellipsis by the style sheet and shown whole on hover. */
  const cut = (tag, className, text, title) => tip(el(tag, `${className || ''} st-ellipsis`.trim(), text),
    title === undefined ? clean(text) : title);

  /** A link when the URL is safe, else a span; text cut to MAX_TEXT. */
  const link = (href, className, text) => {
    const safe = safeHref(href);
    const node = el(safe ? 'a' : 'span', className, text);
    if (safe) node.href = safe;
    return node;
  };

  const badge = (verdict) => el('span', `jenkins-badge st-badge st-verdict st-verdict-${cssName(known(verdict,
    VERDICTS))}`, label(verdict));

  // ---- state kept in the query string ----------------------------------------------------------------------

  const readState = (data) => {
    const params = new URLSearchParams(window.location.search);
    const pick = (name, allowed) => {
      const value = params.get(name) || '';
      return allowed.includes(value) ? value : '';
    };
    const page = data.paging ? data.paging.page : Number.parseInt(params.get('page') || '1', 10);
    return {
      tenant: pick('tenant', data.filters.tenants.map((t) => t.key)),
      suite: pick('suite', data.filters.suites),
      verdict: pick('verdict', data.filters.verdicts),
      page: Number.isFinite(page) && page > 0 ? page : 1,
    };
  };

  /** The current query string with these filters and page; other parameters (test) are kept. */
  const queryFor = (state, extra) => {
    const params = new URLSearchParams(window.location.search);
    for (const name of ['tenant', 'suite', 'verdict']) {
      if (state[name]) params.set(name, state[name]); else params.delete(name);
    }
    if (state.page > 1) params.set('page', String(state.page)); else params.delete('page');
    for (const [name, value] of Object.entries(extra || {})) params.set(name, value);
    const query = params.toString();
    return query ? `?${query}` : '?';
  };

  const writeState = (state) => {
    const query = queryFor(state);
    const url = `${window.location.pathname}${query === '?' ? '' : query}${window.location.hash}`;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch (e) {
      // Some browsers refuse history changes for file:// pages; the view still works, it just cannot be shared.
    }
  };

  // ---- the page --------------------------------------------------------------------------------------------

  const normalise = (raw) => {
    const list = (value) => (Array.isArray(value) ? value : []);
    const filters = raw.filters || {};
    return {
      title: String(raw.title ?? ''),
      filters: {
        tenants: list(filters.tenants).filter((t) => t && typeof t.key === 'string'),
        suites: list(filters.suites).filter((s) => typeof s === 'string'),
        verdicts: list(filters.verdicts).filter((v) => typeof v === 'string'),
      },
      runs: list(raw.runs).filter((r) => r && typeof r === 'object'),
      trends: list(raw.trends).filter((t) => t && typeof t === 'object'),
      flaky: list(raw.flaky).filter((f) => f && typeof f === 'object'),
      tests: list(raw.tests).filter((t) => t && typeof t === 'object'),
      paging: pagingOf(raw.paging),
      generatedAt: num(raw.generatedAt) > 0 ? num(raw.generatedAt) : Date.now(),
      matrix: raw.matrix && typeof raw.matrix === 'object' ? raw.matrix : null,
      trendWindows: raw.trendWindows && typeof raw.trendWindows === 'object' ? raw.trendWindows : null,
      testTimelines: raw.testTimelines && typeof raw.testTimelines === 'object' ? raw.testTimelines : null,
      recent: list(raw.recent).filter((r) => r && typeof r === 'object'),
      historyHref: typeof raw.historyHref === 'string' ? raw.historyHref : '',
    };
  };

  /** The server's paging, or null (client-side paging) when absent or not understood. */
  const pagingOf = (paging) => {
    if (!paging || typeof paging !== 'object') return null;
    const whole = (value, min) => (Number.isInteger(value) && value >= min ? value : null);
    const page = whole(paging.page, 1);
    const pageSize = whole(paging.pageSize, 1);
    const pages = whole(paging.pages, 1);
    const total = whole(paging.total, 0);
    if (page === null || pageSize === null || pages === null || total === null) return null;
    return {
      page, pageSize, pages, total,
      trendsCut: paging.trendsCut === true,
      test: typeof paging.test === 'string' ? paging.test : '',
    };
  };


  // ---- tables and charts shared by the history page and the job page's box ----------------------------------

  /** Column widths by class (st-col-*), so that a table-layout: fixed table fits its container. */
  const colgroup = (kinds) => {
    const group = el('colgroup');
    for (const kind of kinds) group.append(el('col', `st-col-${kind}`));
    return group;
  };

  /** A strip of small squares, one per run, oldest first, each linking to its run. */
  const strip = (runs, className, describe) => {
    const box = el('span', `st-strip ${className || ''}`.trim());
    box.setAttribute('role', 'list');
    for (const run of runs) {
      const href = safeHref(run.href);
      const cell = el(href ? 'a' : 'span', `st-tick st-tick-${describe.kind(run)}`);
      if (href) cell.href = href;
      const text = clip(describe.text(run), MAX_TIP);
      cell.title = text;
      cell.setAttribute('role', 'listitem');
      cell.setAttribute('aria-label', text);
      box.append(cell);
    }
    return box;
  };

  const runText = (r, now) => `#${num(r.build)} \u00b7 ${label(r.verdict)} \u00b7 `
    + `${num(r.passRate) < 0 ? 'no test ran' : percent(r.passRate)} \u00b7 ${num(r.failed)} failed, `
    + `${num(r.errors)} errors, ${num(r.flaky)} flaky \u00b7 ${ago(r.startedAt, now)} (${exact(r.startedAt)})`;

  const verdictStrip = (runs, now) => strip(runs, 'st-verdict-strip', {
    kind: (r) => cssName(known(r.verdict, VERDICTS)),
    text: (r) => runText(r, now),
  });

  /** The tenant x suite matrix: latest verdict, pass rate, age and the last verdicts of each tenant and suite. */
  const matrixTable = (matrix, now) => {
    const suites = Array.isArray(matrix.suites) ? matrix.suites.map((x) => String(x)) : [];
    const rows = Array.isArray(matrix.rows) ? matrix.rows.filter((r) => r && typeof r === 'object') : [];
    if (rows.length === 0) return el('p', 'st-none', 'No runs recorded yet.');
    const table = el('table', 'jenkins-table jenkins-table--medium st-matrix');
    table.append(colgroup(['tenant', ...suites.map(() => 'suite-cell')]));
    const head = el('tr');
    const corner = el('th', '', 'Tenant');
    corner.scope = 'col';
    head.append(corner);
    for (const suite of suites) {
      const th = cut('th', '', suite);
      th.scope = 'col';
      head.append(th);
    }
    table.createTHead().append(head);
    const body = table.createTBody();
    for (const row of rows) {
      const tr = el('tr', row.broken === true ? 'st-broken' : '');
      const name = cut('th', 'st-matrix-tenant', row.tenantName ?? row.tenant,
        `${clean(row.tenantName ?? row.tenant)} (${clean(row.tenant)})`);
      name.scope = 'row';
      tr.append(name);
      const cells = Array.isArray(row.cells) ? row.cells : [];
      suites.forEach((suite, i) => tr.append(matrixCell(cells[i], now)));
      body.append(tr);
    }
    const parts = [table];
    if (num(matrix.cut) > 0) {
      parts.push(el('p', 'st-note', `${num(matrix.cut)} more tenants not shown; choose one in the filters below.`));
    }
    const box = el('div', 'st-matrix-box');
    box.append(...parts);
    return box;
  };

  const matrixCell = (cell, now) => {
    const td = el('td', 'st-matrix-cell');
    if (!cell || typeof cell !== 'object' || !cell.latest || typeof cell.latest !== 'object') {
      td.append(el('span', 'st-none', '\u2013'));
      td.title = 'never run';
      return td;
    }
    const r = cell.latest;
    const line = el('span', 'st-matrix-line');
    const verdict = link(r.href, 'st-matrix-run', '');
    verdict.append(badge(r.verdict));
    tip(verdict, `Latest run: ${runText(r, now)}`);
    const rate = el('span', 'st-matrix-rate', num(r.passRate) < 0 ? '-' : percent(r.passRate));
    const age = tip(el('span', 'st-matrix-age', ago(r.startedAt, now, true)), `${ago(r.startedAt, now)}, `
      + `${exact(r.startedAt)}`);
    const history = link(cell.historyHref, 'st-matrix-history', 'runs');
    tip(history, `All runs of ${clean(r.tenant)} in ${clean(r.suite)}`);
    line.append(verdict, rate, age, history);
    const runs = Array.isArray(cell.strip) ? cell.strip.filter((x) => x && typeof x === 'object') : [];
    td.append(line, verdictStrip(runs, now));
    return td;
  };

  /** The height of the not-passing bars: failed + errors + flaky. */
  const notPassing = (r) => num(r.failed) + num(r.errors) + num(r.flaky);

  /**
   * One tenant's chart: bars of failed + errored + flaky tests per run, the pass rate on an axis fitted to the
   * window (right), the duration below; every run is a link to it, labelled with its build.
   */
  const trendChart = (series, now) => {
    const points = Array.isArray(series.points) ? series.points.filter((p) => p && typeof p === 'object') : [];
    const name = String(series.tenantName ?? series.tenant);
    const figure = el('figure', 'st-chart');
    figure.append(cut('h3', '', name));
    const W = 560;
    const H = 230;
    const m = { top: 10, right: 52, bottom: 34, left: 40 };
    const w = W - m.left - m.right;
    const h1 = 112;
    const gap = 14;
    const h2 = H - m.top - m.bottom - h1 - gap;
    const axis = series.axis && typeof series.axis === 'object' ? series.axis : { min: 0, max: 100, ticks: [0, 50, 100] };
    const aMin = num(axis.min);
    const aMax = num(axis.max) > aMin ? num(axis.max) : aMin + 1;
    const maxBad = Math.max(1, ...points.map(notPassing));
    const maxDuration = Math.max(1, ...points.map((p) => num(p.durationMillis)));
    const slot = w / Math.max(1, points.length);
    const x = (i) => m.left + slot * (i + 0.5);
    const yRate = (rate) => m.top + h1 - ((Math.min(aMax, Math.max(aMin, num(rate))) - aMin) / (aMax - aMin)) * h1;
    const yBad = (n) => m.top + h1 - (n / maxBad) * h1;
    const top2 = m.top + h1 + gap;
    const yDuration = (ms) => top2 + h2 - (num(ms) / maxDuration) * h2;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H });
    root.setAttribute('aria-label', clip(`Failed, errored and flaky tests, pass rate and duration of ${name} `
      + `over ${points.length} runs`, MAX_TIP));
    for (const t of (Array.isArray(axis.ticks) ? axis.ticks : [aMin, aMax])) {
      const y = yRate(t);
      root.append(svg('line', { x1: m.left, x2: m.left + w, y1: y, y2: y }, 'st-chart-grid'));
      root.append(svgText(m.left + w + 4, y + 4, `${Number(num(t).toFixed(2))}%`));
    }
    root.append(svgText(m.left - 4, m.top + 8, String(maxBad), 'end'));
    root.append(svgText(m.left - 4, m.top + h1 + 4, '0', 'end'));
    root.append(svg('line', { x1: m.left, x2: m.left + w, y1: top2 + h2, y2: top2 + h2 }, 'st-chart-grid'));
    root.append(svgText(m.left - 4, top2 + 8, duration(maxDuration), 'end'));
    const barWidth = Math.max(1, Math.min(14, slot * 0.7));
    const pass = [];
    const dur = [];
    points.forEach((p, i) => {
      const cx = x(i);
      const group = svg('a', {}, 'st-chart-run');
      const href = safeHref(p.href);
      if (href) group.setAttribute('href', href);
      const title = svg('title');
      title.textContent = clip(runText(p, now), MAX_TIP);
      group.append(title);
      group.append(svg('rect', { x: (cx - slot / 2).toFixed(1), y: m.top, width: slot.toFixed(1),
        height: h1 + gap + h2, 'fill-opacity': 0 }, 'st-chart-hit'));
      let y = m.top + h1;
      for (const [n, kind] of [[num(p.failed) + num(p.errors), 'failed'], [num(p.flaky), 'flaky']]) {
        if (n > 0) {
          const top = yBad(notPassing(p) - (kind === 'failed' ? num(p.flaky) : 0));
          group.append(svg('rect', { x: (cx - barWidth / 2).toFixed(1), y: top.toFixed(1), width: barWidth.toFixed(1),
            height: Math.max(1, y - top).toFixed(1) }, `st-bar st-bar-${kind}`));
          y = top;
        }
      }
      if (num(p.passRate) >= 0) {
        pass.push(`${cx.toFixed(1)},${yRate(p.passRate).toFixed(1)}`);
        group.append(svg('circle', { cx: cx.toFixed(1), cy: yRate(p.passRate).toFixed(1),
          r: points.length > 60 ? 2 : 3 }, `st-point st-point-${cssName(known(p.verdict, VERDICTS))}`));
      }
      dur.push(`${cx.toFixed(1)},${yDuration(p.durationMillis).toFixed(1)}`);
      root.append(group);
    });
    if (pass.length > 1) root.insertBefore(svg('polyline', { points: pass.join(' ') }, 'st-line-pass'), root.firstChild);
    if (dur.length > 1) root.append(svg('polyline', { points: dur.join(' ') }, 'st-line-duration'));
    const labels = Math.min(points.length, 6);
    for (let k = 0; k < labels; k++) {
      const i = labels === 1 ? 0 : Math.round((k * (points.length - 1)) / (labels - 1));
      root.append(svgText(x(i), H - m.bottom + 16, `#${num(points[i].build)}`, 'middle'));
    }
    const caption = el('figcaption');
    caption.append(el('span', 'st-key-bad', 'Failed + errors'), el('span', 'st-key-flaky', 'Flaky'),
      el('span', 'st-key-pass', `Pass rate (right, ${Number(aMin.toFixed(2))}\u2013${Number(aMax.toFixed(2))}%)`),
      el('span', 'st-key-duration', `Duration (below, 0\u2013${duration(maxDuration)})`));
    figure.append(root, caption);
    return figure;
  };

  /** The trend charts of one window of runs per tenant, with links to older and newer windows. */
  const trendWindows = (windows, now) => {
    const series = Array.isArray(windows.series) ? windows.series.filter((x) => x && typeof x === 'object') : [];
    if (series.length === 0) return [el('p', 'st-none', 'No trend to show.')];
    const page = Math.max(1, num(windows.page));
    const pages = Math.max(1, num(windows.pages));
    const size = Math.max(1, num(windows.size));
    const grid = el('div', 'st-charts');
    for (const one of series) grid.append(trendChart(one, now));
    const nav = el('nav', 'st-pager st-trend-pager');
    nav.setAttribute('aria-label', 'Trend windows');
    const go = (target, text, enabled) => {
      if (!enabled) return el('span', 'st-button st-disabled', text);
      const params = new URLSearchParams(window.location.search);
      if (target > 1) params.set('trendPage', String(target)); else params.delete('trendPage');
      const a = el('a', 'jenkins-button st-button', text);
      a.href = `?${params.toString()}`;
      return a;
    };
    const from = (page - 1) * size;
    nav.append(go(page + 1, '\u2190 Older runs', page < pages),
      el('span', 'st-page-number', page === 1 ? `Latest ${size} runs per tenant`
        : `Runs ${from + 1}\u2013${from + size} before the latest, per tenant`),
      go(page - 1, 'Newer runs \u2192', page > 1));
    return [nav, grid];
  };

  /** The asked-for test per tenant: outcome strip, failing since, flip rate and the failure messages. */
  const testTimelines = (data, now) => {
    const tenants = Array.isArray(data.tenants) ? data.tenants.filter((x) => x && typeof x === 'object') : [];
    const box = el('div', 'st-timelines');
    if (tenants.length === 0) {
      box.append(el('p', 'st-none', `No run in the history lists ${clip(data.testId, MAX_TEXT)} as failed, errored, `
        + 'skipped or flaky: it passed wherever it ran, or the name is not that of a test (the index keeps only '
        + 'tests that did not pass). Type part of a name above for suggestions.'));
      return box;
    }
    const table = el('table', 'jenkins-table jenkins-table--small st-timeline-table');
    table.append(colgroup(['tenant', 'strip', 'status', 'rate']));
    table.createTHead().append(headerRow(['Tenant', `Last ${num(data.runs)} runs (oldest first)`, 'Status',
      'Flip rate'], [3]));
    const body = table.createTBody();
    const failures = [];
    for (const t of tenants) {
      const entries = Array.isArray(t.entries) ? t.entries.filter((e) => e && typeof e === 'object') : [];
      const tr = el('tr');
      tr.append(cut('td', '', t.tenantName ?? t.tenant, `${clean(t.tenantName ?? t.tenant)} (${clean(t.tenant)}); `
        + `suites: ${(Array.isArray(t.suites) ? t.suites : []).map(clean).join(', ')}`));
      const cells = el('td', 'st-ellipsis');
      cells.append(strip(entries, 'st-outcome-strip', {
        kind: (e) => `outcome-${cssName(known(e.outcome, OUTCOMES))}`,
        text: (e) => `#${num(e.build)} \u00b7 ${label(e.outcome)} \u00b7 ${ago(e.startedAt, now)}`
          + `${e.message ? ` \u00b7 ${clean(e.message)}` : ''}`,
      }));
      tr.append(cells);
      const since = t.failingSince && typeof t.failingSince === 'object' ? t.failingSince : null;
      const status = since
        ? `Failing since ${t.streakOpen === true ? 'at least ' : ''}#${num(since.build)}, ${ago(since.startedAt, now, true)}`
        : 'Passing in the latest run';
      const statusCell = cut('td', since ? 'st-bad' : 'st-good', status, since ? `${status}: ${ago(since.startedAt, now)}`
        + `, ${exact(since.startedAt)}` : status);
      tr.append(statusCell);
      tr.append(tip(el('td', 'st-number', `${Math.round(num(t.flipRate) * 100)}%`),
        `${num(t.flips)} flips, ${num(t.failures)} failures in ${entries.length} runs`));
      body.append(tr);
      entries.filter((e) => e.outcome === 'FAILED' || e.outcome === 'ERROR').reverse().slice(0, 10)
        .forEach((e) => failures.push([t, e]));
    }
    box.append(table);
    if (failures.length > 0) {
      box.append(el('h3', '', 'Failing runs, newest first'));
      const list = el('table', 'jenkins-table jenkins-table--small st-failures-table');
      list.append(colgroup(['tenant', 'build', 'started', 'outcome', 'message']));
      list.createTHead().append(headerRow(['Tenant', 'Build', 'Started', 'Outcome', 'Failure message'], [1]));
      const rows = list.createTBody();
      failures.sort((a, b) => num(b[1].startedAt) - num(a[1].startedAt));
      for (const [t, e] of failures) {
        const tr = el('tr');
        const build = el('td', 'st-number');
        build.append(link(e.href, '', `#${num(e.build)}`));
        const outcome = el('td');
        outcome.append(el('span', `jenkins-badge st-badge st-outcome-${cssName(known(e.outcome, OUTCOMES))}`,
          label(e.outcome)));
        tr.append(cut('td', '', t.tenantName ?? t.tenant), build,
          tip(el('td', 'st-ellipsis', ago(e.startedAt, now)), exact(e.startedAt)), outcome,
          cut('td', 'st-message', e.message || '(message not read: only the newest failing runs are read)'));
        rows.append(tr);
      }
      box.append(list);
    }
    return box;
  };

  /** The compact trend of the job page's box: not-passing tests per run, latest runs of all tenants. */
  const compactTrend = (runs, now) => {
    const figure = el('figure', 'st-chart st-compact');
    const W = 600;
    const H = 64;
    const maxBad = Math.max(1, ...runs.map(notPassing));
    const slot = W / Math.max(1, runs.length);
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H,
      preserveAspectRatio: 'none' });
    root.setAttribute('aria-label', `Failed, errored and flaky tests in the latest ${runs.length} runs`);
    root.append(svg('line', { x1: 0, x2: W, y1: H - 1, y2: H - 1 }, 'st-chart-grid'));
    runs.forEach((r, i) => {
      const a = svg('a', {}, 'st-chart-run');
      const href = safeHref(r.href);
      if (href) a.setAttribute('href', href);
      const title = svg('title');
      title.textContent = clip(`${clean(r.tenant)} \u00b7 ${clean(r.suite)} \u00b7 ${runText(r, now)}`, MAX_TIP);
      a.append(title, svg('rect', { x: (i * slot).toFixed(1), y: 0, width: slot.toFixed(1), height: H,
        'fill-opacity': 0 }, 'st-chart-hit'));
      const hgt = notPassing(r) === 0 ? 3 : Math.max(3, (notPassing(r) / maxBad) * (H - 4));
      a.append(svg('rect', { x: (i * slot + slot * 0.15).toFixed(1), y: (H - 1 - hgt).toFixed(1),
        width: Math.max(1, slot * 0.7).toFixed(1), height: hgt.toFixed(1) },
        `st-bar st-bar-verdict-${cssName(known(r.verdict, VERDICTS))}`));
      root.append(a);
    });
    const caption = el('figcaption');
    caption.append(el('span', '', `Failed + errored + flaky tests in the latest ${runs.length} runs of all tenants `
      + `(up to ${maxBad}); colour: verdict`));
    figure.append(root, caption);
    return figure;
  };

  /** The job page's box: the matrix, the compact trend and a link to the history. */
  const drawBox = (data, mount) => {
    const parts = [];
    if (data.matrix) parts.push(matrixTable(data.matrix, data.generatedAt));
    if (data.recent.length > 0) parts.push(compactTrend(data.recent, data.generatedAt));
    const more = link(data.historyHref, 'st-box-more', 'Run history, trends and test histories \u2192');
    parts.push(more);
    mount.replaceChildren(...parts);
    mount.setAttribute('data-state', 'ready');
  };

  /** Test names offered as the user types: asks the server (testNames?q=) and fills the input's datalist. */
  const suggestNames = () => {
    for (const input of document.querySelectorAll('input[data-suggest-url]')) {
      const list = input.list;
      const url = input.getAttribute('data-suggest-url');
      if (!list || !url || safeHref(url) === null) continue;
      let timer = null;
      let asked = null;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const q = input.value.trim();
          if (q.length < 2 || q === asked) return;
          asked = q;
          fetch(`${url}?q=${encodeURIComponent(q)}`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then((response) => (response.ok ? response.json() : []))
            .then((names) => {
              if (!Array.isArray(names) || input.value.trim() !== q) return;
              list.replaceChildren(...names.slice(0, 50).map((n) => new Option(clip(n, MAX_TIP))));
            })
            .catch(() => { /* no suggestions; the field still works */ });
        }, 150);
      });
    }
  };

  class HistoryPage {
    constructor(data, mount) {
      this.data = data;
      this.mount = mount;
      this.state = readState(data);
      this.server = data.paging;
      this.tenantNames = new Map(data.filters.tenants.map((t) => [t.key, String(t.name ?? t.key)]));
    }

    render() {
      this.runsBody = el('div');
      this.trendsBody = el('div');
      this.testsBody = el('div');
      this.showing = el('span', 'st-showing');
      const runs = this.section('Runs', 'st-runs', this.runsBody);
      runs.insertBefore(this.filterBar(), this.runsBody);
      const trends = this.section(this.data.trendWindows ? 'Trends' : 'Trends by tenant', 'st-trends',
        this.trendsBody);
      const flaky = this.section('Flaky tests', 'st-flaky', this.flakyTable());
      const children = [];
      const timelines = this.data.testTimelines;
      if (timelines) {
        children.push(this.section(`History of ${clip(timelines.testId, MAX_TEXT)}`, 'st-tests st-test-first',
          this.timelines(timelines)));
      } else if (this.data.tests.length > 0 || (this.server && this.server.test)) {
        children.push(this.section('Test history', 'st-tests', this.testsBody));
      }
      if (this.data.matrix) {
        children.push(this.section('Tenants and suites: latest runs', 'st-matrix-section',
          matrixTable(this.data.matrix, this.data.generatedAt)));
      }
      children.push(runs, trends, flaky);
      this.mount.replaceChildren(...children);
      this.update();
    }

    section(title, className, body) {
      const node = el('section', `st-section ${className}`);
      node.append(el('h2', '', title), body);
      return node;
    }

    update() {
      this.drawRuns();
      this.drawTrends();
      this.drawTests();
      if (!this.server) writeState(this.state);
      this.mount.setAttribute('data-state', 'ready');
    }

    filterBar() {
      const bar = el('form', 'st-filters');
      bar.setAttribute('role', 'search');
      bar.addEventListener('submit', (event) => event.preventDefault());
      const tenants = this.data.filters.tenants.map((t) => [t.key, String(t.name ?? t.key)]);
      const suites = this.data.filters.suites.map((s) => [s, s]);
      const verdicts = this.data.filters.verdicts.map((v) => [v, label(v)]);
      bar.append(
        this.select('tenant', 'Tenant', 'All tenants', tenants),
        this.select('suite', 'Suite', 'All suites', suites),
        this.select('verdict', 'Verdict', 'All verdicts', verdicts),
      );
      const clear = el('button', 'st-button', 'Clear filters');
      clear.type = 'button';
      clear.addEventListener('click', () => {
        Object.assign(this.state, { tenant: '', suite: '', verdict: '', page: 1 });
        if (this.server) {
          this.reload();
          return;
        }
        for (const select of bar.querySelectorAll('select')) select.value = '';
        this.update();
      });
      bar.append(clear, this.showing);
      return bar;
    }

    select(name, text, all, options) {
      const wrapper = el('label', 'st-filter');
      wrapper.append(el('span', '', text));
      const select = el('select');
      select.name = name;
      select.append(new Option(all, ''));
      for (const [value, shown] of options) select.append(new Option(clip(shown, MAX_TEXT), value));
      select.value = this.state[name];
      select.addEventListener('change', () => {
        this.state[name] = select.value;
        this.state.page = 1;
        if (this.server) this.reload(); else this.update();
      });
      wrapper.append(select);
      return wrapper;
    }

    /** Server-side paging: loads the page for the current state. */
    reload() {
      window.location.assign(`${window.location.pathname}${queryFor(this.state)}`);
    }

    filteredRuns() {
      if (this.server) return this.data.runs;
      const { tenant, suite, verdict } = this.state;
      return this.data.runs.filter((r) => (!tenant || r.tenant === tenant)
        && (!suite || r.suite === suite) && (!verdict || r.verdict === verdict));
    }

    drawRuns() {
      const runs = this.filteredRuns();
      const size = this.server ? this.server.pageSize : PAGE_SIZE;
      const total = this.server ? this.server.total : runs.length;
      const pages = this.server ? this.server.pages : Math.max(1, Math.ceil(runs.length / size));
      this.state.page = Math.min(this.state.page, pages);
      const first = (this.state.page - 1) * size;
      const shown = this.server ? runs : runs.slice(first, first + size);
      this.showing.textContent = total === 0 || shown.length === 0 ? 'No runs'
        : `Showing ${grouped(first + 1)}\u2013${grouped(first + shown.length)} of ${grouped(total)} runs`;
      if (this.data.runs.length === 0 && !this.server) {
        this.runsBody.replaceChildren(el('p', 'st-none', 'No runs recorded yet.'));
        return;
      }
      if (shown.length === 0) {
        const params = new URLSearchParams(window.location.search);
        const filtered = !this.server || ['tenant', 'suite', 'verdict'].some((name) => params.get(name));
        this.runsBody.replaceChildren(el('p', 'st-none', filtered ? 'No run matches these filters.'
          : 'No runs recorded yet.'));
        return;
      }
      const table = el('table', 'jenkins-table jenkins-table--small st-runs-table');
      table.append(colgroup(['build', 'tenant', 'suite', 'verdict', 'problems', 'rate', 'duration', 'started',
        'trigger']));
      const head = headerRow(['Build', 'Tenant', 'Suite', 'Verdict', 'Fail / flaky', 'Pass rate', 'Duration',
        'Started', 'Trigger'], [0, 4, 5, 6]);
      for (const th of head.children) th.title = th.textContent;
      table.createTHead().append(head);
      const body = table.createTBody();
      for (const run of shown) body.append(this.runRow(run));
      this.runsBody.replaceChildren(table, this.pager(pages));
    }

    runRow(run) {
      const tr = el('tr', `st-run st-run-${cssName(known(run.verdict, VERDICTS))}`);
      const build = el('td', 'st-number');
      build.append(link(run.summaryHref, '', `#${num(run.build)}`));
      const tenant = cut('td', '', run.tenantName ?? run.tenant, `${clean(run.tenantName ?? run.tenant)} `
        + `(${clean(run.tenant)})`);
      const verdict = el('td', 'st-ellipsis');
      verdict.append(badge(run.verdict));
      const c = run.counts || {};
      const failed = el('td', 'st-number');
      const bad = el('span', num(c.failed) + num(c.errors) > 0 ? 'st-bad' : '', num(c.failed) + num(c.errors));
      failed.append(bad, document.createTextNode(` / ${num(c.flaky)}`));
      tip(failed, `${num(c.failed)} failed, ${num(c.errors)} errors, ${num(c.flaky)} flaky; ${num(c.total)} tests, `
        + `${num(c.skipped)} skipped`);
      const running = run.verdict === 'RUNNING';
      const rate = el('td', 'st-number', running ? 'running' : num(run.passRate) < 0 ? '-' : percent(run.passRate));
      tip(rate, running ? 'The run is going on: its results are counted when it ends' : passRateText(c));
      if (running) tr.classList.add('st-run-live');
      const started = tip(el('td', 'st-ellipsis', ago(run.startedAt, this.data.generatedAt)), exact(run.startedAt));
      const took = tip(el('td', 'st-number', duration(run.durationMillis)), running ? 'so far' : '');
      tr.append(build, tenant, cut('td', '', run.suite), verdict, failed, rate, took, started,
        cut('td', 'st-trigger', run.trigger));
      return tr;
    }

    pager(pages) {
      if (this.server) return this.serverPager(pages);
      const nav = el('nav', 'st-pager');
      nav.setAttribute('aria-label', 'Pages');
      const go = (page) => {
        this.state.page = page;
        this.update();
      };
      const previous = el('button', 'st-button', '\u2190 Newer');
      previous.type = 'button';
      previous.disabled = this.state.page <= 1;
      previous.addEventListener('click', () => go(this.state.page - 1));
      const next = el('button', 'st-button', 'Older \u2192');
      next.type = 'button';
      next.disabled = this.state.page >= pages;
      next.addEventListener('click', () => go(this.state.page + 1));
      nav.append(previous, el('span', 'st-page-number', `Page ${this.state.page} of ${pages}`), next);
      return nav;
    }

    /** Links to the newer and older pages, which the server renders. */
    serverPager(pages) {
      const nav = el('nav', 'st-pager');
      nav.setAttribute('aria-label', 'Pages');
      const link = (page, text, enabled) => {
        if (!enabled) return el('span', 'st-button st-disabled', text);
        const a = el('a', 'jenkins-button st-button', text);
        a.href = queryFor({ ...this.state, page });
        return a;
      };
      const page = this.state.page;
      nav.append(link(page - 1, '\u2190 Newer', page > 1), el('span', 'st-page-number', `Page ${page} of ${pages}`),
        link(page + 1, 'Older \u2192', page < pages));
      return nav;
    }

    drawTrends() {
      if (this.data.trendWindows) {
        this.trendsBody.replaceChildren(...trendWindows(this.data.trendWindows, this.data.generatedAt));
        return;
      }
      const series = this.data.trends.filter((t) => !this.state.tenant || t.tenant === this.state.tenant);
      if (series.length === 0) {
        this.trendsBody.replaceChildren(el('p', 'st-none', 'No trend to show.'));
        return;
      }
      const grid = el('div', 'st-charts');
      for (const trend of series) grid.append(this.chart(trend));
      const cut = this.server && this.server.trendsCut && !this.state.tenant;
      this.trendsBody.replaceChildren(...(cut ? [el('p', 'st-note', `Trends of the first ${series.length} tenants `
        + 'only; choose a tenant to see its trend.'), grid] : [grid]));
    }

    chart(trend) {
      const points = Array.isArray(trend.points) ? trend.points.filter((p) => p && typeof p === 'object') : [];
      const name = String(trend.tenantName ?? this.tenantNames.get(trend.tenant) ?? trend.tenant);
      const figure = el('figure', 'st-chart');
      figure.append(el('h3', '', name));
      const W = 560;
      const H = 210;
      const m = { top: 12, right: 76, bottom: 26, left: 42 };
      const w = W - m.left - m.right;
      const h = H - m.top - m.bottom;
      const maxDuration = Math.max(1, ...points.map((p) => num(p.durationMillis)));
      const x = (i) => m.left + (points.length === 1 ? w / 2 : (i * w) / (points.length - 1));
      const yRate = (rate) => m.top + h - (Math.min(100, Math.max(0, num(rate))) / 100) * h;
      const yDuration = (ms) => m.top + h - (num(ms) / maxDuration) * h;
      const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', width: W, height: H });
      root.setAttribute('aria-label', clip(`Pass rate and duration of ${name} over ${points.length} runs`, MAX_TIP));
      for (const rate of [0, 50, 100]) {
        root.append(svg('line', { x1: m.left, x2: m.left + w, y1: yRate(rate), y2: yRate(rate) }, 'st-chart-grid'));
        root.append(svgText(m.left - 6, yRate(rate) + 4, `${rate}%`, 'end'));
      }
      root.append(svgText(m.left + w + 6, m.top + 4, duration(maxDuration)));
      root.append(svgText(m.left + w + 6, m.top + h + 4, '0 s'));
      if (points.length > 0) {
        root.append(svgText(m.left, H - 6, `#${num(points[0].build)}`));
        if (points.length > 1) root.append(svgText(m.left + w, H - 6, `#${num(points.at(-1).build)}`, 'end'));
      }
      const line = (coords, className) => {
        if (coords.length > 1) root.append(svg('polyline', { points: coords.join(' ') }, className));
      };
      line(points.map((p, i) => `${x(i).toFixed(1)},${yDuration(p.durationMillis).toFixed(1)}`), 'st-line-duration');
      let segment = [];
      points.forEach((p, i) => {
        if (num(p.passRate) < 0) {
          line(segment, 'st-line-pass');
          segment = [];
        } else {
          segment.push(`${x(i).toFixed(1)},${yRate(p.passRate).toFixed(1)}`);
        }
      });
      line(segment, 'st-line-pass');
      const radius = points.length > 80 ? 2 : 3.5;
      points.forEach((p, i) => {
        const ran = num(p.passRate) >= 0;
        const dot = svg('circle', { cx: x(i).toFixed(1), cy: (ran ? yRate(p.passRate) : m.top + h).toFixed(1),
          r: radius }, `st-point st-point-${cssName(known(p.verdict, VERDICTS))}`);
        const title = svg('title');
        title.textContent = clip(`#${num(p.build)} \u00b7 ${label(p.verdict)} \u00b7 `
          + `${ran ? percent(p.passRate) : 'no test ran'} \u00b7 ${duration(p.durationMillis)} \u00b7 `
          + `${instant(p.startedAt)}`, MAX_TIP);
        dot.append(title);
        root.append(dot);
      });
      const caption = el('figcaption');
      caption.append(el('span', 'st-key-pass', 'Pass rate (left axis, 0\u2013100%)'),
        el('span', 'st-key-duration', `Duration (right axis, 0\u2013${duration(maxDuration)})`),
        el('span', '', `${points.length} runs`));
      figure.append(root, caption);
      return figure;
    }

    flakyTable() {
      if (this.data.flaky.length === 0) return el('p', 'st-none', 'No flaky tests in the runs looked at.');
      const table = el('table', 'jenkins-table jenkins-table--small st-flaky-table');
      table.append(colgroup(['test', 'count', 'count', 'count', 'count', 'build']));
      table.createTHead().append(headerRow(['Test', 'Flips', 'Runs', 'Failures', 'Flaky', 'Last seen failing'],
        [1, 2, 3, 4, 5]));
      const body = table.createTBody();
      for (const f of this.data.flaky) {
        const tr = el('tr');
        const test = tip(el('td', 'st-ellipsis'), clean(f.testId));
        const id = el('code', '', f.testId);
        if (this.server && typeof f.testId === 'string') {
          const a = el('a');
          a.href = queryFor({ ...this.state, page: 1 }, { test: f.testId });
          a.title = 'Show the history of this test';
          a.append(id);
          test.append(a);
        } else {
          test.append(id);
        }
        tr.append(test, el('td', 'st-number', num(f.flips)), el('td', 'st-number', num(f.runs)),
          el('td', 'st-number', num(f.failures)), el('td', 'st-number', num(f.flaky)),
          el('td', 'st-number', `#${num(f.lastBuild)}`));
        body.append(tr);
      }
      return table;
    }

    timelines(data) {
      return testTimelines(data, this.data.generatedAt);
    }

    drawTests() {
      if (this.data.tests.length === 0) {
        if (this.server && this.server.test) {
          this.testsBody.replaceChildren(el('p', 'st-none', `No run of ${this.server.test} in the runs looked at.`));
        }
        return;
      }
      const legend = el('p', 'st-legend');
      for (const outcome of OUTCOMES) {
        const key = el('span', 'st-legend-item');
        key.append(el('span', `st-cell st-outcome-${cssName(outcome)}`), document.createTextNode(label(outcome)));
        legend.append(key);
      }
      const list = el('div', 'st-test-histories');
      for (const test of this.data.tests) {
        const entries = (Array.isArray(test.entries) ? test.entries : [])
          .filter((e) => e && (!this.state.tenant || e.tenant === this.state.tenant));
        if (entries.length === 0) continue;
        const row = el('div', 'st-test-history');
        const name = el('code', '', test.testId);
        const cells = el('div', 'st-cells');
        cells.setAttribute('role', 'list');
        for (const e of entries) {
          const outcome = known(e.outcome, OUTCOMES);
          const cell = el('span', `st-cell st-outcome-${cssName(outcome)}`);
          const text = clip(`#${num(e.build)} \u00b7 ${e.tenant} \u00b7 ${e.outcome} \u00b7 ${instant(e.startedAt)}`,
            MAX_TIP);
          cell.title = text;
          cell.setAttribute('role', 'listitem');
          cell.setAttribute('aria-label', text);
          cells.append(cell);
        }
        row.append(name, cells);
        list.append(row);
      }
      this.testsBody.replaceChildren(...(list.childElementCount > 0 ? [legend, list]
        : [el('p', 'st-none', 'No test history for this tenant.')]));
    }
  }

  const fail = (mount, message) => {
    mount.replaceChildren(el('p', 'st-error', message));
    mount.setAttribute('data-state', 'error');
  };

  /** The data's text: the mount's data-history attribute (Jenkins) or the JSON island (command line). */
  const dataText = (mount) => {
    if (mount.hasAttribute(DATA_ATTRIBUTE)) return mount.getAttribute(DATA_ATTRIBUTE);
    const island = document.getElementById(ISLAND_ID);
    return island ? island.textContent : null;
  };

  const start = () => {
    suggestNames();
    const box = document.getElementById(BOX_ID);
    if (box) {
      try {
        const raw = JSON.parse(box.getAttribute(DATA_ATTRIBUTE));
        if (!raw || raw.version !== CONTRACT_VERSION) throw new Error(`version ${clip(raw && raw.version, 20)}`);
        drawBox(normalise(raw), box);
      } catch (e) {
        fail(box, `The system test data cannot be read: ${e.message}`);
      }
    }
    const mount = document.getElementById(MOUNT_ID);
    if (!mount) return;
    const text = dataText(mount);
    if (text === null) {
      fail(mount, `The history data (#${ISLAND_ID} or ${DATA_ATTRIBUTE}) is missing from the page.`);
      return;
    }
    let raw;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      fail(mount, `The history data cannot be read: ${e.message}`);
      return;
    }
    if (!raw || raw.version !== CONTRACT_VERSION) {
      fail(mount, `The history data has version ${clip(raw && raw.version, 20)}; `
        + `this page reads version ${CONTRACT_VERSION}.`);
      return;
    }
    new HistoryPage(normalise(raw), mount).render();
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
