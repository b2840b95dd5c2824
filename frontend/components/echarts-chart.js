import * as echarts from 'echarts';

/* Used only when a custom property is missing or not a colour, e.g. on a page without the theme stylesheet. */
const FALLBACK_PALETTE = ['#006af5', '#c75300', '#00845f', '#b5478a', '#7a5c00', '#0086b3', '#d6336c', '#5b5fc7'];
const FALLBACK_TEXT = '#1a2733';
const FALLBACK_LINE = '#8a94a0';
const FALLBACK_BACKGROUND = '#ffffff';

/**
 * Resolves a colour custom property to a colour ECharts can parse. Lumo writes its colours as
 * light-dark(...) pairs, which only CSS can resolve, so the value is applied to a probe inside the host
 * (inheriting its color-scheme) and read back as the computed rgb(a) colour.
 */
function cssColor(host, variable) {
  const raw = getComputedStyle(host).getPropertyValue(variable).trim();
  if (!raw) {
    return null;
  }
  const probe = document.createElement('span');
  probe.style.display = 'none';
  probe.style.color = raw;
  if (!probe.style.color) {
    return null;
  }
  host.appendChild(probe);
  const resolved = getComputedStyle(probe).color;
  probe.remove();
  return resolved || null;
}

/** An ECharts theme that follows the page's CSS custom properties, read once when the chart is created. */
function themeFrom(host) {
  const text = cssColor(host, '--lumo-body-text-color') ?? cssColor(host, '--lumo-secondary-text-color') ?? FALLBACK_TEXT;
  const secondaryText = cssColor(host, '--lumo-secondary-text-color') ?? text;
  const line = cssColor(host, '--lumo-contrast-30pct') ?? FALLBACK_LINE;
  const faintLine = cssColor(host, '--lumo-contrast-10pct') ?? line;
  const background = cssColor(host, '--lumo-base-color') ?? FALLBACK_BACKGROUND;
  const fontFamily = getComputedStyle(host).getPropertyValue('--lumo-font-family').trim() || 'sans-serif';
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { lineStyle: { color: line } },
    axisLabel: { color: secondaryText },
    splitLine: { lineStyle: { color: faintLine } },
    nameTextStyle: { color: secondaryText },
  };
  return {
    color: FALLBACK_PALETTE.map((fallback, i) => cssColor(host, `--echarts-color-${i}`) ?? fallback),
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily },
    title: { textStyle: { color: text }, subtextStyle: { color: secondaryText } },
    legend: { textStyle: { color: text } },
    tooltip: { backgroundColor: background, borderColor: line, textStyle: { color: text } },
    categoryAxis: axis,
    valueAxis: axis,
    radar: {
      axisName: { color: secondaryText },
      axisLine: { lineStyle: { color: line } },
      splitLine: { lineStyle: { color: faintLine } },
    },
  };
}

/**
 * <echarts-chart>: draws the ECharts option the server sets as a JSON string in the `option` property and
 * reports clicks on data items as `chart-click` events. The chart lives only while the element is in the
 * document and has a size; the option is kept so that a re-attached element draws the same chart again.
 */
class EChartsChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    this._resizeObserver = null;
  }

  connectedCallback() {
    // The server may set the property before this class is defined; move that value through the setter.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const json = this.option;
      delete this.option;
      this.option = json;
    }
    this._resizeObserver = new ResizeObserver(() => this._fitToSize());
    this._resizeObserver.observe(this);
    this._fitToSize();
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
    this._resizeObserver = null;
    this._chart?.dispose();
    this._chart = null;
  }

  set option(json) {
    this._option = json ? JSON.parse(json) : null;
    this._draw();
  }

  get option() {
    return this._option ? JSON.stringify(this._option) : null;
  }

  /* ECharts cannot be created in an element without a size, so creation waits for the first real one. */
  _fitToSize() {
    if (this._chart) {
      this._chart.resize();
    } else if (this.isConnected && this.clientWidth > 0 && this.clientHeight > 0) {
      this._chart = echarts.init(this, themeFrom(this), { renderer: 'canvas' });
      this._chart.on('click', (params) => this._reportClick(params));
      this._draw();
    }
  }

  _draw() {
    if (!this._chart) {
      return;
    }
    if (this._option) {
      this._chart.setOption(this._option, true);
    } else {
      this._chart.clear();
    }
  }

  _reportClick(params) {
    const detail = {
      seriesName: params.seriesName ?? null,
      name: params.name ?? null,
      dataIndex: params.dataIndex ?? -1,
      valueJson: JSON.stringify(params.value ?? null),
    };
    this.dispatchEvent(new CustomEvent('chart-click', { detail }));
  }
}

if (!customElements.get('echarts-chart')) {
  customElements.define('echarts-chart', EChartsChart);
}
