/** The console's only stylesheet, served as a file so the CSP can forbid inline styles. */
export const CONSOLE_CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:"Hiragino Sans","Noto Sans JP","Yu Gothic",sans-serif;color:#1a1a1a;background:#f5f6f8;line-height:1.6}
header{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;padding:.6rem 1.2rem;background:#0b3a66;color:#fff}
header a{color:#fff;margin-right:.8rem}
header nav{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem;flex:1}
header .who{margin-left:auto;opacity:.85}
main{max-width:1200px;margin:0 auto;padding:1rem 1.2rem 3rem}
h1{font-size:1.4rem}
h2{font-size:1.1rem;margin-top:1.6rem;border-bottom:1px solid #ccd;padding-bottom:.2rem}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #d8dbe0;padding:.35rem .5rem;text-align:left;vertical-align:top;font-size:.92rem}
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
.chart{background:#fff;border:1px solid #d8dbe0;padding:.5rem;margin:.5rem 0;max-width:100%;overflow-x:auto}
.pager{margin:.8rem 0;display:flex;gap:1rem}
.login{max-width:360px;background:#fff;border:1px solid #d8dbe0;padding:1rem 1.2rem;display:flex;flex-direction:column;gap:.8rem}
`;
