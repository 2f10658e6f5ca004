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

  /** The table in a box that scrolls sideways when the table is wider than the page. */
  const scroller = (table) => {
    const box = el('div', 'st-table-scroll');
    box.append(table);
    return box;
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
      const trends = this.section('Trends by tenant', 'st-trends', this.trendsBody);
      const flaky = this.section('Flaky tests', 'st-flaky', this.flakyTable());
      const children = [runs, trends, flaky];
      if (this.data.tests.length > 0 || (this.server && this.server.test)) {
        children.push(this.section('Test history', 'st-tests', this.testsBody));
      }
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
        : `Showing ${first + 1}\u2013${first + shown.length} of ${total} runs`;
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
      const table = el('table', 'jenkins-table st-runs-table');
      table.createTHead().append(headerRow(['Build', 'Tenant', 'Suite', 'Verdict', 'Passed', 'Failed', 'Skipped',
        'Flaky', 'Pass rate', 'Duration', 'Started (UTC)', 'Trigger'], [0, 4, 5, 6, 7, 8, 9]));
      const body = table.createTBody();
      for (const run of shown) body.append(this.runRow(run));
      this.runsBody.replaceChildren(scroller(table), this.pager(pages));
    }

    runRow(run) {
      const tr = el('tr', 'st-run');
      const build = el('td', 'st-number');
      const href = safeHref(run.summaryHref);
      const buildText = `#${num(run.build)}`;
      if (href) {
        const a = el('a', '', buildText);
        a.href = href;
        build.append(a);
      } else {
        build.textContent = buildText;
      }
      const tenant = tip(el('td', 'st-wrap', run.tenantName ?? run.tenant), run.tenant);
      const verdict = el('td');
      const v = known(run.verdict, VERDICTS);
      verdict.append(el('span', `st-badge st-verdict st-verdict-${cssName(v)}`, label(run.verdict)));
      const c = run.counts || {};
      const failed = el('td', 'st-number', num(c.failed) + num(c.errors));
      tip(failed, `${num(c.failed)} failed, ${num(c.errors)} errors`);
      const running = run.verdict === 'RUNNING';
      const rate = el('td', 'st-number', running ? 'running' : num(run.passRate) < 0 ? 'no test ran'
        : percent(run.passRate));
      tip(rate, running ? 'The run is going on: its results are counted when it ends' : passRateText(c));
      if (running) tr.classList.add('st-run-live');
      tr.append(build, tenant, el('td', 'st-wrap', run.suite), verdict, el('td', 'st-number', num(c.passed)),
        failed, el('td', 'st-number', num(c.skipped)), el('td', 'st-number', num(c.flaky)), rate,
        el('td', 'st-number', running ? `${duration(run.durationMillis)} so far` : duration(run.durationMillis)),
        el('td', '', instant(run.startedAt)),
        el('td', 'st-wrap st-trigger', run.trigger));
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
      const table = el('table', 'jenkins-table st-flaky-table');
      table.createTHead().append(headerRow(['Test', 'Flips', 'Runs', 'Failures', 'Flaky', 'Last seen failing'],
        [1, 2, 3, 4, 5]));
      const body = table.createTBody();
      for (const f of this.data.flaky) {
        const tr = el('tr');
        const test = el('td');
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
      return scroller(table);
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
