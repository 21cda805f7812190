// CSI console: draws the charts (ECharts) and shows live events (server-sent events). The pages work without it:
// every chart has a table beside it, and the live panel is an extra.
(function () {
  'use strict';
  var colours = { line: '#0b5cad', baseline: '#57606a', target: '#1a7f37', band: 'rgba(26,127,55,0.12)',
    achieved: '#1a7f37', missed: '#b42318', faint: 'rgba(11,92,173,0.25)' };
  var printing = window.matchMedia && window.matchMedia('print').matches;

  function kpi(data) {
    var low = data.direction === 'LOWER_IS_BETTER' ? data.target : data.target - data.tolerance;
    var high = data.direction === 'LOWER_IS_BETTER' ? data.target + data.tolerance : data.target;
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 50, right: 24, top: 24, bottom: 48 },
      xAxis: { type: 'time' },
      // the axis always shows the baseline, the target and the tolerance band, however far the values are from them
      yAxis: { type: 'value', name: data.unit || '',
        min: function (v) { var m = Math.min(v.min, low, data.baseline); return Math.floor(m - Math.abs(m) * 0.05); },
        max: function (v) { var m = Math.max(v.max, high, data.baseline); return Math.ceil(m + Math.abs(m) * 0.05); } },
      series: [
        { name: data.name, type: 'line', showSymbol: false, data: data.points, lineStyle: { color: colours.line },
          itemStyle: { color: colours.line },
          markLine: { symbol: 'none', silent: true, data: [
            { yAxis: data.baseline, name: 'baseline', lineStyle: { color: colours.baseline, type: 'dashed' },
              label: { formatter: 'baseline {c}' } },
            { yAxis: data.target, name: 'target', lineStyle: { color: colours.target, type: 'solid' },
              label: { formatter: 'target {c}' } }] },
          markArea: { silent: true, itemStyle: { color: colours.band }, data: [[{ yAxis: low, name: 'tolerance' },
            { yAxis: high }]] } },
        { name: 'achieved', type: 'scatter', symbol: 'circle', symbolSize: 12, itemStyle: { color: colours.achieved },
          data: data.marks.filter(function (m) { return m.status === 'ACHIEVED'; }).map(function (m) { return [m.at, m.value]; }) },
        { name: 'missed', type: 'scatter', symbol: 'diamond', symbolSize: 14, itemStyle: { color: colours.missed },
          data: data.marks.filter(function (m) { return m.status === 'MISSED'; }).map(function (m) { return [m.at, m.value]; }) }
      ]
    };
  }

  function radar(data) {
    return {
      animation: false,
      tooltip: {},
      radar: { indicator: data.dimensions.map(function (d) { return { name: d, max: data.max }; }) },
      series: [{ type: 'radar', data: data.series.map(function (s) {
        return { name: s.name, value: s.values,
          lineStyle: { color: s.latest ? colours.line : colours.faint, width: s.latest ? 2 : 1 },
          itemStyle: { color: s.latest ? colours.line : colours.faint },
          areaStyle: s.latest ? { color: 'rgba(11,92,173,0.15)' } : undefined };
      }) }]
    };
  }

  function gaps(data) {
    function bar(name, values, colour) { return { name: name, type: 'bar', data: values, itemStyle: { color: colour } }; }
    return {
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 60 },
      xAxis: { type: 'category', data: data.dimensions },
      yAxis: { type: 'value', min: 0, max: 7 },
      series: [bar('customer expectation', data.expectation, '#0b5cad'), bar('customer perception', data.perception, '#6cb6ff'),
        bar("provider's view of expectation", data.providerExpectation, '#9a6700'), bar('specification', data.specification, '#d4a72c')]
    };
  }

  var kinds = { kpi: kpi, radar: radar, gaps: gaps };

  function drawCharts() {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var source = element.querySelector('script[type="application/json"]');
      if (!source) { return; }
      var data = JSON.parse(source.textContent);
      var chart = window.echarts.init(element, null, { renderer: 'svg' });
      chart.setOption(kinds[data.kind](data));
      element.setAttribute('data-drawn', 'true');
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  function text(tag, value, className) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (className) { node.className = className; }
    return node;
  }

  function listenLive() {
    var panel = document.querySelector('[data-live]');
    if (!panel || !window.EventSource) { return; }
    var initiative = panel.getAttribute('data-live');
    var source = new EventSource('/live/events' + (initiative ? '?initiativeId=' + encodeURIComponent(initiative) : ''));
    source.onmessage = function (message) {
      var event = JSON.parse(message.data);
      var item = document.createElement('li');
      item.className = 'new';
      item.setAttribute('data-event-type', event.type);
      item.appendChild(text('code', event.type));
      item.appendChild(document.createTextNode(' '));
      item.appendChild(text('span', new Date(event.time).toLocaleTimeString(), 'muted'));
      item.appendChild(document.createTextNode(' ' + event.summary));
      var list = panel.querySelector('.live-list');
      list.insertBefore(item, list.firstChild);
      var empty = panel.querySelector('.live-empty');
      if (empty) { empty.hidden = true; }
      var reload = panel.querySelector('.live-reload');
      if (reload) { reload.hidden = false; }
    };
    panel.setAttribute('data-live-state', 'listening');
    source.onopen = function () { panel.setAttribute('data-live-state', 'open'); };
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts();
    if (!document.body.classList.contains('report') && !printing) { listenLive(); }
  });
})();
