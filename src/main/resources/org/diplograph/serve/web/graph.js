// The graph view of diplograph: actors and statements read with SPARQL from the server's own
// endpoint, drawn with Cytoscape.js. window.diplograph exposes the graph and timings to the
// browser test and to the bench that measures the page.
'use strict';
(function () {
  const ENDPOINT = '/diplograph/sparql';
  const DIP = 'https://w3id.org/diplograph/ns#';
  const PREFIXES = 'PREFIX dip: <' + DIP + '>\n'
      + 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n'
      + 'PREFIX schema: <https://schema.org/>\n'
      + 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n';
  const KINDS = {
    Proposal: '#2f7ed8', Demand: '#d9480f', Offer: '#2b9348', Rejection: '#c92a2a', Acceptance: '#7048e8'
  };
  const ACTOR_TYPES = {
    State: '#4263eb', Person: '#f59f00', Organization: '#0ca678', ArmedGroup: '#862e9c',
    ActorGroup: '#15aabf', Territory: '#868e96', Population: '#e64980'
  };
  const OTHER_ACTOR = '#adb5bd';
  // Past this many elements the layout and the rendering trade looks for speed.
  const LARGE = 1500;
  const FONT_SIZE = 11;
  // On a large graph a node's label is drawn only once it is this many pixels high on the screen.
  const MIN_LABEL_PIXELS = 14;
  const LABELS_IN_VIEW = [
    { selector: 'node', style: { 'label': '' } },
    { selector: 'node.labelled', style: { 'label': 'data(label)' } }
  ];

  const state = {
    cy: null,
    statements: new Map(), // IRI -> {kind, agents:Set, concerns:Set, guarantors:Set, date, conditionTypes:Set}
    actors: new Map(),     // IRI -> {label, type}
    timings: {},
    renderer: null,        // 'webgl' or 'canvas', once drawn
    ready: false,
    error: null
  };
  window.diplograph = state;

  const byId = id => document.getElementById(id);

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === 'onclick') {
        node.addEventListener('click', value);
      } else {
        node.setAttribute(name, value);
      }
    }
    for (const child of children) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : String(child));
      }
    }
    return node;
  }

  async function select(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Accept': 'application/sparql-results+json'
      },
      body: new URLSearchParams({ query: PREFIXES + query })
    });
    if (!response.ok) {
      throw new Error(ENDPOINT + ' answered ' + response.status + ': ' + (await response.text()).slice(0, 300));
    }
    const json = await response.json();
    return json.results.bindings.map(row => {
      const values = {};
      for (const [name, term] of Object.entries(row)) {
        values[name] = term.value;
      }
      return values;
    });
  }

  const localName = iri => iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
  // "TerritorialCession" -> "Territorial cession": the condition types are concepts of the
  // ontology, whose labels the store does not hold.
  const humanize = name => name.replace(/([a-z])([A-Z])/g, '$1 $2')
      .replace(/ ([A-Z])(?=[a-z])/g, (match, letter) => ' ' + letter.toLowerCase());
  const sparqlIri = iri => '<' + iri.replace(/[<>"{}|^`\\\s]/g, '') + '>';

  function actor(iri) {
    if (!state.actors.has(iri)) {
      state.actors.set(iri, { label: decodeURIComponent(localName(iri)), type: null });
    }
    return state.actors.get(iri);
  }

  async function load() {
    const [entities, statements, conditions, guarantors] = await Promise.all([
      select(`SELECT ?e ?label ?type WHERE {
          VALUES ?type { dip:State dip:Person dip:Organization dip:ArmedGroup dip:ActorGroup
                         dip:Territory dip:Population }
          ?e a ?type . OPTIONAL { ?e rdfs:label ?label } }`),
      select(`SELECT ?s ?kind ?agent ?concerns ?date WHERE {
          ?s a dip:Statement , ?kind ; dip:agent ?agent .
          VALUES ?kind { dip:Proposal dip:Demand dip:Offer dip:Rejection dip:Acceptance }
          OPTIONAL { ?s dip:concerns ?concerns }
          OPTIONAL { ?s dip:statedOn ?stated }
          OPTIONAL { ?s dip:evidence/dip:inArticle/schema:datePublished ?published }
          BIND(COALESCE(?stated, ?published) AS ?date) }`),
      select('SELECT DISTINCT ?s ?type WHERE { ?s dip:hasCondition/dip:conditionType ?type }'),
      select('SELECT DISTINCT ?s ?g WHERE { ?s dip:hasGuarantee/dip:guarantor ?g }')
    ]);
    for (const row of entities) {
      const entry = actor(row.e);
      if (row.label) {
        entry.label = row.label;
      }
      if (row.type) {
        entry.type = localName(row.type);
      }
    }
    const statement = iri => {
      if (!state.statements.has(iri)) {
        state.statements.set(iri, {
          kind: null, agents: new Set(), concerns: new Set(), guarantors: new Set(),
          date: null, conditionTypes: new Set()
        });
      }
      return state.statements.get(iri);
    };
    for (const row of statements) {
      const entry = statement(row.s);
      entry.kind = localName(row.kind);
      entry.agents.add(row.agent);
      actor(row.agent);
      if (row.concerns) {
        entry.concerns.add(row.concerns);
        actor(row.concerns);
      }
      if (row.date && (!entry.date || row.date < entry.date)) {
        entry.date = row.date.substring(0, 10);
      }
    }
    for (const row of conditions) {
      if (state.statements.has(row.s)) {
        state.statements.get(row.s).conditionTypes.add(localName(row.type));
      }
    }
    for (const row of guarantors) {
      if (state.statements.has(row.s)) {
        state.statements.get(row.s).guarantors.add(row.g);
        actor(row.g);
      }
    }
  }

  function elements() {
    const nodes = [];
    const edges = [];
    for (const [iri, entry] of state.actors) {
      nodes.push({ group: 'nodes', data: { id: iri, label: entry.label, role: 'actor', type: entry.type || 'Actor' } });
    }
    let edge = 0;
    for (const [iri, entry] of state.statements) {
      nodes.push({ group: 'nodes', data: { id: iri, label: entry.kind, role: 'statement', kind: entry.kind } });
      for (const agent of entry.agents) {
        edges.push({ group: 'edges', data: { id: 'e' + edge++, source: agent, target: iri, role: 'agent' } });
      }
      for (const concerned of entry.concerns) {
        edges.push({ group: 'edges', data: { id: 'e' + edge++, source: iri, target: concerned, role: 'concerns' } });
      }
      for (const guarantor of entry.guarantors) {
        edges.push({ group: 'edges', data: { id: 'e' + edge++, source: guarantor, target: iri, role: 'guarantor' } });
      }
    }
    return nodes.concat(edges);
  }

  function style() {
    const rules = [
      { selector: 'node', style: {
          'label': 'data(label)', 'font-size': FONT_SIZE, 'min-zoomed-font-size': 7, 'text-valign': 'bottom',
          'text-margin-y': 3, 'color': '#1d2330', 'text-outline-color': '#fbfcfd', 'text-outline-width': 2,
          'background-color': OTHER_ACTOR, 'width': 22, 'height': 22 } },
      { selector: 'node[role = "statement"]', style: {
          'shape': 'round-rectangle', 'width': 16, 'height': 16, 'font-size': 9, 'color': '#56627a' } },
      { selector: 'edge', style: {
          'width': 1.5, 'line-color': '#a5adba', 'target-arrow-color': '#a5adba',
          'target-arrow-shape': 'triangle', 'curve-style': 'haystack', 'arrow-scale': .8 } },
      { selector: 'edge[role = "guarantor"]', style: { 'line-style': 'dashed', 'line-color': '#e0a100' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#e0a100' } },
      { selector: '.filtered', style: { 'display': 'none' } }
    ];
    for (const [kind, colour] of Object.entries(KINDS)) {
      rules.push({ selector: `node[kind = "${kind}"]`, style: { 'background-color': colour } });
    }
    for (const [type, colour] of Object.entries(ACTOR_TYPES)) {
      rules.push({ selector: `node[type = "${type}"]`, style: { 'background-color': colour } });
    }
    return rules;
  }

  // A layout in linear time for large graphs, where a force-directed one takes minutes: actors on
  // a sunflower spiral, the most connected at the centre, and each statement between its agent
  // and what it concerns.
  function spiralPositions() {
    const degree = new Map();
    const bump = iri => degree.set(iri, (degree.get(iri) || 0) + 1);
    for (const entry of state.statements.values()) {
      [entry.agents, entry.concerns, entry.guarantors].forEach(set => set.forEach(bump));
    }
    const order = [...state.actors.keys()].sort((a, b) => (degree.get(b) || 0) - (degree.get(a) || 0));
    const positions = {};
    const spacing = 28;
    const golden = Math.PI * (3 - Math.sqrt(5));
    order.forEach((iri, k) => {
      const r = spacing * Math.sqrt(k);
      positions[iri] = { x: r * Math.cos(k * golden), y: r * Math.sin(k * golden) };
    });
    let k = 0;
    for (const [iri, entry] of state.statements) {
      const ends = [...entry.agents, ...entry.concerns].map(a => positions[a]);
      const x = ends.reduce((sum, p) => sum + p.x, 0) / ends.length;
      const y = ends.reduce((sum, p) => sum + p.y, 0) / ends.length;
      const angle = k++ * golden;
      positions[iri] = { x: x + 12 * Math.cos(angle), y: y + 12 * Math.sin(angle) };
    }
    return positions;
  }

  // Cytoscape.js fits a graph to the view by measuring every label; from the positions alone the
  // same view costs nothing.
  function fitPositions(positions, container) {
    const points = Object.values(positions);
    const xs = points.map(p => p.x);
    const ys = points.map(p => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const padding = 30;
    const zoom = Math.min((container.clientWidth - 2 * padding) / Math.max(1, maxX - minX),
        (container.clientHeight - 2 * padding) / Math.max(1, maxY - minY));
    state.cy.viewport({
      zoom,
      pan: { x: container.clientWidth / 2 - zoom * (minX + maxX) / 2, y: container.clientHeight / 2 - zoom * (minY + maxY) / 2 }
    });
  }

  // WebGL draws a large graph faster than a 2D canvas when a GPU runs it. On a software GL
  // (SwiftShader in a browser without a GPU, llvmpipe) it still draws the first frame a little
  // faster, but a click after a pan or zoom redraws the whole graph to pick the node under the
  // mouse and answers in 0.6 s instead of 0.15 s (bench/graph-view.sh at 5,000 nodes): the 2D
  // canvas is kept there. `?renderer=webgl` or `?renderer=canvas` in the page's address overrides this.
  function useWebgl(large) {
    const asked = new URLSearchParams(window.location.search).get('renderer');
    if (asked === 'canvas' || (!large && asked !== 'webgl')) {
      return false;
    }
    try {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) {
        return false;
      }
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      // The browser allows few live contexts: the probe gives its own back at once.
      const lose = gl.getExtension('WEBGL_lose_context');
      if (lose) {
        lose.loseContext();
      }
      return asked === 'webgl' || !/swiftshader|llvmpipe|softpipe|software|basic render driver/i.test(name);
    } catch (error) {
      return false;
    }
  }

  // A WebGL renderer that fails to start although the probe found WebGL 2 (a shader the GL
  // refuses, say) is thrown away, with what it put in the container, and the caller draws on a
  // 2D canvas instead.
  function withWebgl(options, container) {
    try {
      const cy = cytoscape(Object.assign({}, options, { renderer: { name: 'canvas', webgl: true } }));
      emitRenderEvents(cy);
      state.renderer = 'webgl';
      return cy;
    } catch (error) {
      console.warn('WebGL renderer unavailable, drawing on a 2D canvas:', error);
      container.replaceChildren();
      return null;
    }
  }

  // Cytoscape.js 3.33 draws a WebGL frame without the 'render' event that its 2D frames emit
  // (and that the page waits for before it reports the graph drawn): the event is emitted here
  // for each frame drawn on the screen that did not emit it already.
  function emitRenderEvents(cy) {
    const renderer = cy.renderer();
    const render = renderer.render;
    let emitted = false;
    cy.on('render', () => { emitted = true; });
    renderer.render = function (options) {
      emitted = false;
      const result = render.call(this, options);
      if (!emitted && !(options && options.forcedContext)) {
        cy.emit('render');
      }
      return result;
    };
  }

  // A large graph gets the labels of the nodes in view only, once they are large enough to read:
  // the WebGL renderer draws every label it is given, however small on the screen, each into a
  // texture, and the 2D one measures every label before its first frame (0.7 s at 5,000 nodes).
  function labelNodesInView(cy) {
    let labelled = cy.collection();
    let timer = null;
    const relabel = () => {
      timer = null;
      let wanted = cy.collection();
      if (cy.zoom() * FONT_SIZE >= MIN_LABEL_PIXELS) {
        const view = cy.extent();
        wanted = cy.nodes().filter(node => {
          const p = node.position();
          return p.x >= view.x1 && p.x <= view.x2 && p.y >= view.y1 && p.y <= view.y2;
        });
      }
      cy.batch(() => {
        labelled.difference(wanted).removeClass('labelled');
        wanted.difference(labelled).addClass('labelled');
      });
      labelled = wanted;
    };
    cy.on('viewport', () => {
      if (timer === null) {
        timer = setTimeout(relabel, 150);
      }
    });
  }

  function draw(container) {
    const all = elements();
    const large = all.length > LARGE;
    const rules = style();
    if (large) {
      // Labels and their outlines cost most of a frame: draw them only when zoomed in.
      rules.push({ selector: 'node', style: { 'min-zoomed-font-size': MIN_LABEL_PIXELS, 'text-outline-width': 0 } });
    } else {
      // Straight "haystack" edges draw fast but carry no arrow; small graphs get arrows.
      rules.push({ selector: 'edge', style: { 'curve-style': 'bezier' } });
    }
    let positions = null;
    if (large) {
      positions = spiralPositions();
    }
    const options = {
      container,
      elements: all,
      style: large ? rules.concat(LABELS_IN_VIEW) : rules,
      layout: large
          ? { name: 'preset', positions: node => positions[node.id()], fit: false }
          : { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
              nodeRepulsion: () => 40000, idealEdgeLength: () => 90, nodeOverlap: 40, numIter: 2500, padding: 40 },
      textureOnViewport: large,
      hideEdgesOnViewport: large,
      pixelRatio: large ? 1 : 'auto',
      wheelSensitivity: 0.3,
      selectionType: 'single'
    };
    state.cy = useWebgl(large) ? withWebgl(options, container) : null;
    if (!state.cy) {
      state.renderer = 'canvas';
      state.cy = cytoscape(options);
    }
    if (large) {
      labelNodesInView(state.cy);
      fitPositions(positions, container);
    }
    state.cy.on('tap', 'node', event => show(event.target.id(), performance.now()));
    state.cy.on('tap', event => {
      if (event.target === state.cy) {
        state.cy.elements().unselect();
      }
    });
  }

  function legend() {
    const box = byId('legend');
    box.append(el('strong', {}, 'Actors'));
    for (const [type, colour] of Object.entries(ACTOR_TYPES)) {
      box.append(el('div', {}, el('span', { style: 'background:' + colour }), humanize(type)));
    }
    box.append(el('strong', {}, 'Statements'));
    for (const [kind, colour] of Object.entries(KINDS)) {
      box.append(el('div', {}, el('span', { class: 'square', style: 'background:' + colour }), kind));
    }
    box.append(el('div', {}, el('span', { class: 'square', style: 'background:#e0a100;height:.2em' }),
        'proposed guarantor'));
  }

  function controls() {
    const kinds = byId('kinds');
    for (const kind of Object.keys(KINDS)) {
      const count = [...state.statements.values()].filter(s => s.kind === kind).length;
      kinds.append(el('label', {},
          el('input', { type: 'checkbox', value: kind, checked: '', 'data-kind': kind }), ` ${kind} (${count})`));
    }
    const types = new Set();
    for (const entry of state.statements.values()) {
      entry.conditionTypes.forEach(type => types.add(type));
    }
    const typeSelect = byId('condition-type');
    for (const type of [...types].sort()) {
      typeSelect.append(el('option', { value: type }, humanize(type)));
    }
    const search = byId('search');
    // Thousands of suggestions slow the first drawing down: they are filled in on first use.
    search.addEventListener('focus', () => {
      const names = byId('actor-names');
      if (!names.childElementCount) {
        const labels = [...new Set([...state.actors.values()].map(a => a.label))].sort();
        names.append(...labels.map(label => el('option', { value: label })));
      }
    }, { once: true });

    for (const input of document.querySelectorAll('#filters input, #filters select')) {
      input.addEventListener('change', applyFilters);
    }
    byId('reset').addEventListener('click', () => {
      document.querySelectorAll('#kinds input').forEach(box => { box.checked = true; });
      typeSelect.value = '';
      byId('date-from').value = '';
      byId('date-to').value = '';
      applyFilters();
      state.cy.fit(undefined, 20);
    });
    search.addEventListener('change', () => find(search.value));
    search.addEventListener('keydown', event => {
      if (event.key === 'Enter') {
        find(search.value);
      }
    });
  }

  function applyFilters() {
    const kinds = new Set([...document.querySelectorAll('#kinds input:checked')].map(box => box.value));
    const type = byId('condition-type').value;
    const from = byId('date-from').value;
    const to = byId('date-to').value;
    const narrowed = kinds.size < Object.keys(KINDS).length || type || from || to;
    const visible = new Set();
    const linked = new Set();
    for (const [iri, entry] of state.statements) {
      const shown = kinds.has(entry.kind)
          && (!type || entry.conditionTypes.has(type))
          && (!from || (entry.date && entry.date >= from))
          && (!to || (entry.date && entry.date <= to));
      if (shown) {
        visible.add(iri);
        [entry.agents, entry.concerns, entry.guarantors].forEach(set => set.forEach(a => linked.add(a)));
      }
    }
    state.cy.batch(() => {
      state.cy.nodes().forEach(node => {
        const shown = node.data('role') === 'statement' ? visible.has(node.id()) : !narrowed || linked.has(node.id());
        if (shown) {
          node.removeClass('filtered');
        } else {
          node.addClass('filtered');
        }
      });
    });
    byId('status').textContent = `${visible.size} of ${state.statements.size} statements shown`;
  }

  function find(text) {
    const wanted = text.trim().toLowerCase();
    if (!wanted) {
      return;
    }
    let match = null;
    for (const [iri, entry] of state.actors) {
      const label = entry.label.toLowerCase();
      if (label === wanted) {
        match = iri;
        break;
      }
      if (!match && label.includes(wanted)) {
        match = iri;
      }
    }
    if (!match) {
      byId('status').textContent = `No actor called “${text.trim()}”`;
      return;
    }
    const node = state.cy.getElementById(match);
    node.removeClass('filtered');
    state.cy.animate({ fit: { eles: node.closedNeighborhood(), padding: 60 }, duration: 300 });
    show(match, performance.now());
  }

  function highlight(iri) {
    state.cy.elements().unselect();
    state.cy.getElementById(iri).select();
  }

  async function show(iri, started) {
    highlight(iri);
    const details = byId('details');
    try {
      const content = state.statements.has(iri) ? await statementDetails(iri) : await actorDetails(iri);
      details.replaceChildren(...content);
      state.timings.lastDetails = performance.now() - started;
    } catch (error) {
      fail(error);
    }
  }

  function actorLink(iri) {
    const entry = state.actors.get(iri);
    return el('button', { class: 'link', type: 'button', onclick: () => show(iri, performance.now()) },
        entry ? entry.label : localName(iri));
  }

  function statementLink(iri) {
    const entry = state.statements.get(iri);
    const agents = [...entry.agents].map(a => state.actors.get(a).label).join(', ');
    return el('button', { class: 'link', type: 'button', onclick: () => show(iri, performance.now()) },
        `${entry.kind} by ${agents}${entry.date ? ' (' + entry.date + ')' : ''}`);
  }

  const labelOf = iri => (state.actors.get(iri) || { label: localName(iri) }).label;

  function joined(iris) {
    const parts = [];
    [...iris].sort((a, b) => labelOf(a).localeCompare(labelOf(b))).forEach((iri, index) => {
      if (index > 0) {
        parts.push(', ');
      }
      parts.push(actorLink(iri));
    });
    return parts;
  }

  function evidence(text) {
    return text ? el('blockquote', { class: 'evidence' }, text) : null;
  }

  async function statementDetails(iri) {
    const s = sparqlIri(iri);
    const [facts, conditions, guarantees] = await Promise.all([
      select(`SELECT ?text ?url ?headline ?file ?published ?attribution ?modality ?negated WHERE {
          OPTIONAL { ${s} dip:evidence ?e . ?e dip:text ?text .
                     OPTIONAL { ?e dip:inArticle ?a .
                                OPTIONAL { ?a schema:url ?url } OPTIONAL { ?a schema:headline ?headline }
                                OPTIONAL { ?a dip:sourceFile ?file } OPTIONAL { ?a schema:datePublished ?published } } }
          OPTIONAL { ${s} dip:attribution ?attribution }
          OPTIONAL { ${s} dip:modality ?modality }
          OPTIONAL { ${s} dip:negated ?negated } } LIMIT 1`),
      select(`SELECT ?c ?type ?label ?obliged ?object ?objectLabel ?text WHERE {
          ${s} dip:hasCondition ?c .
          OPTIONAL { ?c dip:conditionType ?type } OPTIONAL { ?c rdfs:label ?label }
          OPTIONAL { ?c dip:obligedParty ?obliged }
          OPTIONAL { ?c dip:conditionObject ?object OPTIONAL { ?object rdfs:label ?objectLabel } }
          OPTIONAL { ?c dip:evidence/dip:text ?text } } ORDER BY ?type ?c`),
      select(`SELECT ?g ?guarantor ?beneficiary ?text WHERE {
          ${s} dip:hasGuarantee ?g .
          OPTIONAL { ?g dip:guarantor ?guarantor } OPTIONAL { ?g dip:beneficiary ?beneficiary }
          OPTIONAL { ?g dip:evidence/dip:text ?text } } ORDER BY ?g`)
    ]);
    const entry = state.statements.get(iri);
    const fact = facts[0] || {};
    const out = [
      el('h2', {}, entry.kind + (fact.negated === 'true' ? ' (negated)' : '')),
      el('p', { class: 'meta' }, ...[
        entry.date ? 'stated ' + entry.date : null,
        fact.attribution ? ' · ' + humanize(localName(fact.attribution)) : null,
        fact.modality ? ' · ' + humanize(localName(fact.modality)) : null].filter(Boolean)),
      el('p', {}, 'By ', ...joined(entry.agents)),
      entry.concerns.size ? el('p', {}, 'Concerning ', ...joined(entry.concerns)) : null,
      el('h3', {}, 'Evidence'),
      evidence(fact.text) || el('p', { class: 'hint' }, 'No evidence sentence recorded.')
    ];
    if (fact.url || fact.file || fact.headline) {
      const source = el('p', { class: 'source' });
      if (fact.url && /^https?:\/\//.test(fact.url)) {
        source.append(el('a', { href: fact.url, target: '_blank', rel: 'noopener' }, fact.headline || fact.url));
      } else if (fact.headline) {
        source.append(fact.headline);
      }
      if (fact.published) {
        source.append(` (${fact.published.substring(0, 10)})`);
      }
      if (fact.file) {
        source.append(el('br'), 'file ', el('code', {}, fact.file));
      }
      out.push(el('h3', {}, 'Source'), source);
    }
    const byCondition = new Map();
    for (const row of conditions) {
      if (!byCondition.has(row.c)) {
        byCondition.set(row.c, { type: row.type, label: row.label, obliged: new Set(), objects: new Map(), text: row.text });
      }
      const condition = byCondition.get(row.c);
      if (row.obliged) {
        condition.obliged.add(row.obliged);
      }
      if (row.object) {
        condition.objects.set(row.object, row.objectLabel || localName(row.object));
      }
    }
    out.push(el('h3', {}, `Conditions (${byCondition.size})`));
    out.push(byCondition.size ? el('ul', { id: 'conditions' }, ...[...byCondition.values()].map(c => el('li', {},
        el('strong', {}, c.type ? humanize(localName(c.type)) : 'Condition'),
        c.label ? ': ' + c.label : null,
        c.obliged.size ? el('div', {}, 'obliged: ', ...joined(c.obliged)) : null,
        c.objects.size ? el('div', {}, 'about: ' + [...c.objects.values()].join(', ')) : null,
        evidence(c.text)))) : el('p', { class: 'hint' }, 'None.'));

    const byGuarantee = new Map();
    for (const row of guarantees) {
      if (!byGuarantee.has(row.g)) {
        byGuarantee.set(row.g, { guarantors: new Set(), beneficiaries: new Set(), text: row.text });
      }
      const guarantee = byGuarantee.get(row.g);
      if (row.guarantor) {
        guarantee.guarantors.add(row.guarantor);
      }
      if (row.beneficiary) {
        guarantee.beneficiaries.add(row.beneficiary);
      }
    }
    out.push(el('h3', {}, `Security guarantees (${byGuarantee.size})`));
    out.push(byGuarantee.size ? el('ul', { id: 'guarantees' }, ...[...byGuarantee.values()].map(g => el('li', {},
        g.guarantors.size ? el('div', {}, 'guarantors: ', ...joined(g.guarantors)) : null,
        g.beneficiaries.size ? el('div', {}, 'for: ', ...joined(g.beneficiaries)) : null,
        evidence(g.text)))) : el('p', { class: 'hint' }, 'None.'));
    return out.filter(Boolean);
  }

  async function actorDetails(iri) {
    const a = sparqlIri(iri);
    // Read per article graph: a side one article states is shown as stated, and one that the
    // model only guessed (dip:representsConfidence) as a guess with its highest probability.
    const facts = await select(`SELECT ?alt ?match ?represents ?guess ?code WHERE {
        { ${a} skos:altLabel ?alt } UNION { ${a} skos:exactMatch ?match }
        UNION { GRAPH ?article { ${a} dip:represents ?represents
                OPTIONAL { ${a} dip:representsConfidence ?guess } } }
        UNION { ${a} dip:cameoActorCode ?code } }`);
    const entry = state.actors.get(iri);
    const alt = facts.filter(r => r.alt).map(r => r.alt);
    const matches = facts.filter(r => r.match).map(r => r.match);
    const stated = new Set(facts.filter(r => r.represents && r.guess === undefined).map(r => r.represents));
    const guesses = new Map();
    for (const row of facts.filter(r => r.represents && r.guess !== undefined && !stated.has(r.represents))) {
      guesses.set(row.represents, Math.max(guesses.get(row.represents) || 0, Number(row.guess)));
    }
    const codes = facts.filter(r => r.code).map(r => r.code);
    const said = [];
    const concerning = [];
    const guaranteeing = [];
    for (const [s, statement] of state.statements) {
      if (statement.agents.has(iri)) {
        said.push(s);
      }
      if (statement.concerns.has(iri)) {
        concerning.push(s);
      }
      if (statement.guarantors.has(iri)) {
        guaranteeing.push(s);
      }
    }
    const list = (title, items) => items.length
        ? [el('h3', {}, `${title} (${items.length})`), el('ul', {}, ...items.map(s => el('li', {}, statementLink(s))))]
        : [];
    return [
      el('h2', {}, entry.label),
      el('p', { class: 'meta' }, humanize(entry.type || 'Actor'), codes.length ? ' · CAMEO ' + codes.join(', ') : null),
      alt.length ? el('p', {}, 'Also: ' + alt.join(', ')) : null,
      stated.size ? el('p', {}, 'Represents ', ...joined(stated)) : null,
      ...[...guesses].map(([side, probability]) => el('p', { class: 'guess', title: 'The article does not say whom '
          + 'this person acts for; the represented sides model chose this side with this probability.' },
          'Represents ', actorLink(side), ` (guessed, probability ${probability.toFixed(2)})`)),
      ...matches.filter(m => /^https?:\/\//.test(m)).map(m =>
          el('p', {}, el('a', { href: m, target: '_blank', rel: 'noopener' }, 'Wikidata ' + localName(m)))),
      ...list('Statements made', said),
      ...list('Statements concerning it', concerning),
      ...list('Proposed as guarantor in', guaranteeing)
    ].filter(Boolean);
  }

  function fail(error) {
    state.error = String(error && error.message ? error.message : error);
    const status = byId('status');
    status.textContent = 'Error: ' + state.error;
    status.classList.add('error');
  }

  async function start() {
    const began = performance.now();
    state.timings.started = began;
    try {
      await load();
      state.timings.loaded = performance.now() - began;
      legend();
      let mark = performance.now();
      draw(byId('graph'));
      state.timings.layout = performance.now() - mark;
      mark = performance.now();
      controls();
      applyFilters();
      state.timings.controls = performance.now() - mark;
      byId('status').textContent = `${state.actors.size} actors, ${state.statements.size} statements`;
      const drawing = performance.now();
      state.cy.one('render', () => {
        state.timings.firstRender = performance.now();
        state.timings.drawing = state.timings.firstRender - drawing;
        state.ready = true;
      });
      state.cy.forceRender();
    } catch (error) {
      fail(error);
    }
  }

  if (typeof cytoscape === 'undefined') {
    fail(new Error('Cytoscape.js did not load from /lib/cytoscape/'));
  } else {
    start();
  }
})();
