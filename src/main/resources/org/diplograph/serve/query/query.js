// The query editor: YASGUI on this server's read-only SPARQL endpoint, with a query to start from.
(function () {
  'use strict';

  const ENDPOINT = new URL('/diplograph/sparql', window.location.href).href;
  const PING = '/$/ping';
  const PING_EVERY_MS = 30000;

  // Who proposed which guarantors for whose security (the query the demo command suggests).
  const EXAMPLE = [
    'PREFIX dip: <https://w3id.org/diplograph/ns#>',
    'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>',
    '',
    'SELECT ?agent ?guarantor ?beneficiary WHERE {',
    '  ?statement dip:agent/rdfs:label ?agent ;',
    '             dip:hasGuarantee ?guarantee .',
    '  ?guarantee dip:guarantor/rdfs:label ?guarantor ;',
    '             dip:beneficiary/rdfs:label ?beneficiary .',
    '}',
    'ORDER BY ?agent ?guarantor'
  ].join('\n');

  document.getElementById('endpoint').textContent = ENDPOINT;

  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST' },
    copyEndpointOnNewTab: true,
    // Tabs kept in this browser's storage under a name of ours, so that another YASGUI on the
    // same origin does not restore its tabs here.
    persistenceId: 'diplograph-query',
    yasqe: { value: EXAMPLE },
    yasr: { defaultPlugin: 'table' }
  });

  const status = document.getElementById('status');
  function showStatus(online, text) {
    status.className = 'status ' + (online ? 'online' : 'offline');
    status.textContent = text;
  }
  function ping() {
    const started = performance.now();
    fetch(PING, { cache: 'no-store' })
      .then(response => {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        showStatus(true, 'server online (' + Math.round(performance.now() - started) + ' ms)');
      })
      .catch(error => showStatus(false, 'server not answering: ' + error.message));
  }
  ping();
  window.setInterval(ping, PING_EVERY_MS);

  window.diplographQuery = { yasgui: yasgui };
})();
