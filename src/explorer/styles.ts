// The explorer's stylesheet: Teams' look from Fluent UI 2 design tokens (Segoe UI stack, neutral and brand
// colours, 4/8 px radii, shadow 4), written by hand so nothing loads from a CDN. Narrow first: 360 px wide phones.
export const EXPLORER_CSS = `
:root {
  --font: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif;
  --fg1: #242424; --fg2: #424242; --fg3: #616161; --bg1: #ffffff; --bg2: #fafafa; --bg3: #f5f5f5; --stroke: #d1d1d1; --stroke2: #e0e0e0;
  --brand: #5b5fc7; --brand-hover: #4f52b2; --brand-bg: #ebf3fc; --focus: #000000;
  --ok: #0e700e; --ok-bg: #f1faf1; --warn: #8a3707; --warn-bg: #fff9f5; --bad: #b10e1c; --bad-bg: #fdf3f4; --info-bg: #f0f0f0; --route: #4f52b2; --route-bg: #ebf3fc;
  --r-m: 4px; --r-l: 8px; --shadow4: 0 0 2px rgba(0,0,0,.12), 0 2px 4px rgba(0,0,0,.14);
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: var(--font); font-size: 14px; line-height: 20px; color: var(--fg1); background: var(--bg3); }
a { color: var(--brand); text-decoration: none; } a:hover { text-decoration: underline; }
:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; border-radius: var(--r-m); }
.bar { background: var(--bg1); border-bottom: 1px solid var(--stroke2); padding: 12px 16px; }
.bar-inner { display: flex; justify-content: space-between; align-items: center; gap: 8px; max-width: 960px; margin: 0 auto; }
.bar h1 { max-width: 960px; margin: 8px auto 0; font-size: 20px; line-height: 28px; font-weight: 600; }
.brand { font-weight: 600; color: var(--brand); }
main { max-width: 960px; margin: 0 auto; padding: 16px; }
h2 { font-size: 16px; line-height: 22px; font-weight: 600; margin: 0 0 12px; }
h3 { font-size: 14px; line-height: 20px; font-weight: 600; margin: 12px 0 4px; }
.intro { color: var(--fg2); margin: 0 0 16px; }
.muted { color: var(--fg3); }
.card { background: var(--bg1); border-radius: var(--r-l); box-shadow: var(--shadow4); padding: 16px; margin: 0 0 16px; }
.card > :last-child { margin-bottom: 0; }
.covenants { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
.covenants .card { margin: 0; }
.covenant h3 { margin-top: 0; font-size: 16px; line-height: 22px; }
.badges { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.badge { display: inline-block; padding: 2px 8px; border-radius: 999px; background: var(--info-bg); color: var(--fg2); font-size: 12px; line-height: 16px; }
.badge.now { background: var(--ok-bg); color: var(--ok); } .badge.future { background: var(--brand-bg); color: var(--brand-hover); } .badge.past { background: var(--bad-bg); color: var(--bad); }
label { display: block; font-weight: 600; margin: 0 0 4px; }
.search label[for=question] { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
textarea, select { width: 100%; font: inherit; color: var(--fg1); background: var(--bg1); border: 1px solid var(--stroke); border-bottom-color: var(--fg3); border-radius: var(--r-m); padding: 6px 10px; min-height: 32px; }
textarea:focus, select:focus { border-bottom: 2px solid var(--brand); outline: none; }
.row, .matrix-form { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-end; margin-top: 12px; }
.field { flex: 1 1 220px; min-width: 0; }
.check { display: flex; align-items: center; gap: 6px; font-weight: 400; flex: 1 1 100%; }
button { font: inherit; font-weight: 600; min-height: 32px; padding: 5px 16px; border-radius: var(--r-m); border: 1px solid var(--stroke); background: var(--bg1); color: var(--fg1); cursor: pointer; }
button:hover { background: var(--bg3); }
button.primary { background: var(--brand); border-color: transparent; color: #fff; } button.primary:hover { background: var(--brand-hover); }
.hint { color: var(--fg3); font-size: 12px; line-height: 16px; margin: 8px 0 0; }
.banner { border-radius: var(--r-m); padding: 8px 12px; margin: 0 0 12px; }
.banner.danger { background: var(--bad-bg); color: var(--bad); border-left: 4px solid var(--bad); font-size: 16px; line-height: 22px; }
.banner.danger p { margin: 4px 0 0; font-size: 14px; color: var(--fg1); }
.banner.warning { background: var(--warn-bg); color: var(--warn); border-left: 4px solid var(--warn); }
.verdict { font-size: 18px; line-height: 24px; font-weight: 600; margin: 0 0 8px; }
.answer ul { margin: 0; padding-left: 20px; }
.table-wrap { overflow-x: auto; margin-top: 12px; border: 1px solid var(--stroke2); border-radius: var(--r-m); }
table.matrix { border-collapse: collapse; width: 100%; font-size: 12px; line-height: 16px; }
.matrix caption { text-align: left; padding: 8px; color: var(--fg2); font-weight: 600; }
.matrix th, .matrix td { border-top: 1px solid var(--stroke2); padding: 6px; text-align: left; vertical-align: top; }
.matrix thead th { background: var(--bg2); font-weight: 600; }
.matrix tbody th { font-weight: 400; min-width: 120px; max-width: 180px; }
.matrix td { white-space: nowrap; }
td.v-allowed { background: var(--ok-bg); } td.v-conditional { background: var(--warn-bg); } td.v-not_allowed { background: var(--bad-bg); }
td.v-route_via { background: var(--route-bg); } td.v-not_covered { background: var(--bg1); color: var(--fg3); }
.sym { display: inline-block; min-width: 1.2em; text-align: center; font-weight: 700; }
.v-allowed .sym { color: var(--ok); } .v-conditional .sym { color: var(--warn); } .v-not_allowed .sym, .v-acute .sym { color: var(--bad); } .v-route_via .sym { color: var(--route); } .v-not_covered .sym { color: var(--fg3); }
.legend li .sym { border-radius: var(--r-m); padding: 0 2px; }
.legend li.v-allowed .sym { background: var(--ok-bg); } .legend li.v-conditional .sym { background: var(--warn-bg); } .legend li.v-not_allowed .sym { background: var(--bad-bg); } .legend li.v-route_via .sym { background: var(--route-bg); }
.legend { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 12px; color: var(--fg2); font-size: 12px; }
.doubts { margin: 8px 0 0; padding-left: 20px; } .doubts li { margin: 4px 0; }
a.doubt { display: inline-block; margin-left: 2px; padding: 0 4px; border-radius: var(--r-m); background: var(--info-bg); color: var(--fg2); font-weight: 600; text-decoration: none; }
.articles { margin: 0; }
.article { display: grid; grid-template-columns: 110px 1fr; gap: 8px; padding: 8px 0; border-top: 1px solid var(--stroke2); }
.article:target { background: var(--brand-bg); border-radius: var(--r-m); }
.article dt { font-weight: 600; } .article dd { margin: 0; }
@media (max-width: 480px) { main { padding: 12px; } .card { padding: 12px; } .article { grid-template-columns: 1fr; gap: 2px; } .matrix tbody th { min-width: 96px; } }
`;
