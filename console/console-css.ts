/** The console's only stylesheet, served as a file so the CSP can forbid inline styles. */
export const CONSOLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif;color:#1a1a1a;background:#f5f6f8;line-height:1.6}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#0b3a66;color:#fff}
header a{color:#fff;margin-right:.8rem}
header nav{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;flex:1}
header .who{margin-left:auto;opacity:.85}
main{max-width:1320px;margin:0 auto;padding:.6rem 1.2rem 3rem}
main.wide{max-width:none}
h1{font-size:1.3rem;margin:.3rem 0 .4rem}
h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d8dbe0;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}
tr.overdue td:first-child{border-left:4px solid #b3261e}
.badge{display:inline-block;padding:0 .45rem;border-radius:3px;background:#e3e8ef;font-size:.8rem}
.badge-error{background:#b3261e;color:#fff}
.muted{color:#5a6270}
nav.views{display:flex;flex-wrap:wrap;gap:.3rem;margin:.2rem 0 .7rem;border-bottom:2px solid #0b3a66}
nav.views a{padding:.35rem .9rem;border:1px solid #d8dbe0;border-bottom:0;border-radius:4px 4px 0 0;background:#fff;color:#0b3a66;text-decoration:none}
nav.views a.current{background:#0b3a66;color:#fff;font-weight:bold}
nav.views .count{display:inline-block;min-width:1.6em;text-align:center;border-radius:1em;background:#e3e8ef;color:#1a1a1a;font-size:.8rem;padding:0 .35rem}
nav.views .count-alert{background:#b3261e;color:#fff}
.summary{margin:.3rem 0}
table.queue th,table.queue td{white-space:nowrap}
table.queue td.question-cell,table.queue td.organisation-cell{white-space:normal}
table.queue td.organisation-cell{min-width:7em}
table.queue td.question-cell{width:100%}
dl.kpis{display:grid;grid-template-columns:repeat(4,minmax(0,1fr));gap:.6rem;margin:.5rem 0}
dl.kpis div{background:#fff;border:1px solid #d8dbe0;padding:.5rem .8rem}
dl.kpis dt{font-size:.85rem;color:#5a6270}
dl.kpis dd{margin:0;font-size:1.5rem;font-weight:bold}
dl.kpis dd small{display:block;font-size:.78rem;font-weight:normal;color:#5a6270}
form.inline-filters{display:flex;gap:.6rem;align-items:center;flex-wrap:wrap;margin:.2rem 0}
form.inline-filters label{flex-direction:row;align-items:center;gap:.4rem}
form.inline-filters input{width:5em}
.pager{margin:.5rem 0;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
.pager-form{display:flex;gap:.4rem;align-items:center}
.pager-form label{flex-direction:row}
.pager-form input{width:5em}
iframe.presence{width:100%;height:2.1rem;border:0;display:block}
.presence-body{background:transparent;margin:0}
.presence-body p{margin:0;padding:.25rem .6rem;font-size:.88rem;border-radius:4px}
.presence-others{background:#fff4d6;border:1px solid #e3b341;color:#5c3d00;font-weight:bold}
.presence-alone{color:#5a6270}
.summary-line{display:flex;flex-wrap:wrap;gap:.4rem 1rem;margin:.2rem 0 .5rem;font-size:.92rem}
.work{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1rem;align-items:start}
.work h2{margin-top:.2rem;font-size:1rem}
.context-column .box{margin:.2rem 0 .6rem}
.box.scroll{max-height:11.5rem;overflow:auto}
.box.scroll.short{max-height:6rem}
.composer{background:#fff;border:1px solid #d8dbe0;padding:.7rem .9rem;display:flex;flex-direction:column;gap:.4rem}
.composer textarea{min-height:15rem;font-size:1rem}
.composer-tools,.composer-actions,form.assign{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
form.assign{margin:.3rem 0 .5rem}
.hint{font-size:.85rem;color:#5a6270}
.delivery-line{margin:.2rem 0 .4rem;background:#fff;border:1px solid #d8dbe0;padding:.3rem .6rem}
.note-list{list-style:none;padding:0}
.note-list li{background:#fffbea;border:1px solid #eadca0;padding:.4rem .7rem;margin:.3rem 0}
.note-meta{font-size:.82rem;color:#5a6270;margin:0}
.note-body{white-space:pre-wrap}
.notes form{display:flex;flex-direction:column;gap:.4rem;align-items:flex-start}
.warn-box{background:#fff4d6;border:1px solid #e3b341;padding:.5rem .8rem}
.preview-frame{margin:.6rem 0;max-width:760px}
.preview-frame figcaption{font-weight:bold;margin-bottom:.3rem}
.preview{background:#fff;border:1px solid #c9ced6;border-radius:8px;padding:.7rem 1rem;margin:.3rem 0}
.preview p{margin:.2rem 0;white-space:pre-wrap;word-break:break-word}
.preview-header{font-weight:bold;font-size:1.05rem}
.preview-context{color:#616061;font-size:.85rem}
.preview-slack{border-left:4px solid #4a154b;font-family:"Lato","Hiragino Sans","Noto Sans JP",sans-serif}
.preview-teams{border-top:4px solid #5b5fc7}
.preview-web{border-left:4px solid #2f7ebc}
form.confirm{display:flex;gap:.8rem;flex-wrap:wrap}
form.confirm button{font-size:1rem;padding:.5rem 1.2rem}
.chart-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:1rem}
.chart svg{width:100%;height:auto;display:block}
.chart svg a:hover rect,.chart svg a:focus rect{opacity:.75}
.chart figcaption{font-weight:bold;margin-bottom:.3rem}
@media (max-width:900px){.work{grid-template-columns:1fr}dl.kpis{grid-template-columns:repeat(2,minmax(0,1fr))}}
.empty-state{background:#fff;border:1px dashed #c9ced6;padding:1.2rem;text-align:center;color:#5a6270}
th{background:#eef1f5}
form.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;background:#fff;padding:.8rem;border:1px solid #d8dbe0;margin-bottom:1rem}
label{display:flex;flex-direction:column;font-size:.85rem;gap:.15rem}
input,select,textarea,button{font:inherit;padding:.3rem .45rem}
textarea{width:100%;min-height:9rem}
button{background:#0b3a66;color:#fff;border:0;border-radius:4px;cursor:pointer;padding:.4rem .9rem}
button.secondary{background:#5a6270}
form.inline{display:inline}
.notice{background:#e6f4ea;border:1px solid #9ccfa8;padding:.5rem .8rem}
.error{background:#fdecea;border:1px solid #f1a29b;padding:.5rem .8rem}
.warn{color:#8a5a00}
.tone-ok{color:#1e7b34;font-weight:bold}.tone-warn{color:#8a5a00;font-weight:bold}.tone-error{color:#b3261e;font-weight:bold}
.box{background:#fff;border:1px solid #d8dbe0;padding:.8rem 1rem;margin:.6rem 0;white-space:pre-wrap;word-break:break-word}
.panel{background:#fff;border:1px solid #d8dbe0;padding:.8rem 1rem;margin:.6rem 0;display:flex;flex-direction:column;gap:.8rem;align-items:flex-start}
.panel label{width:100%}
.citation{background:#fafbfc;border-left:4px solid #0b3a66;padding:.4rem .8rem;margin:.4rem 0;white-space:pre-wrap}
.actions{display:flex;flex-wrap:wrap;gap:1rem}
.actions form{background:#fff;border:1px solid #d8dbe0;padding:.7rem;flex:1;min-width:260px}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;background:#fff;border:1px solid #d8dbe0;padding:.7rem}
dl.meta dt{font-weight:bold}
.chart{background:#fff;border:1px solid #d8dbe0;padding:.6rem .8rem;margin:.5rem 0;max-width:100%}
.login{max-width:360px;background:#fff;border:1px solid #d8dbe0;padding:1rem 1.2rem;display:flex;flex-direction:column;gap:.8rem}
`;
