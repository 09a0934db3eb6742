/**
 * The deliveries dashboard (GET /admin): a static page with no data of its own. It signs in through the API and shows
 * what only an admin token can read and the queue dashboard (bull-board, /admin/queues) does not: the failed
 * deliveries, with retry buttons, and the outbox events not yet relayed. Jobs, queue counts and failed jobs are
 * bull-board's; the page opens it (a session cookie from POST /api/v1/admin/queues/session, then the page).
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>投递 · 校企合作管理平台</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#222}
h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.6rem}table{border-collapse:collapse;margin:.4rem 0}
td,th{border:1px solid #ddd;padding:.3rem .6rem;text-align:left}th{background:#f5f5f5}.muted{color:#888}
button{cursor:pointer}#login{max-width:20rem}#login input{display:block;margin:.3rem 0;width:100%}
.err{color:#b00}
</style></head><body>
<h1>投递 Deliveries</h1>
<form id="login" hidden><p>管理员登录 Admin sign-in</p>
<input name="username" placeholder="username" value="admin"><input name="password" type="password" placeholder="password">
<button>登录 Sign in</button><p class="err" id="loginError"></p></form>
<div id="board" hidden><p class="muted">后端 backend: <b id="backend"></b> · 未转发事件 outbox not yet relayed: <b id="outbox"></b> · 每 5 秒刷新 refreshes every 5 s · <a href="#" id="logout">退出 sign out</a></p>
<p><button id="queues">打开队列面板 Open the queue dashboard</button> <span class="muted">任务、失败任务与重试 jobs, failed jobs and retries (bull-board)</span></p>
<h2>失败投递 Failed deliveries</h2><table id="deliveries"></table></div>
<script>
const api = async (method, path, body) => {
  const res = await fetch(path, { method, headers: { authorization: 'Bearer ' + sessionStorage.token, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  if (res.status === 401 || res.status === 403) { sessionStorage.removeItem('token'); show(); throw new Error('signed out'); }
  return res.json();
};
const esc = (v) => String(v ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const row = (cells, tag = 'td') => '<tr>' + cells.map((c) => '<' + tag + '>' + c + '</' + tag + '>').join('') + '</tr>';
async function refresh() {
  const q = await api('GET', '/api/v1/admin/queues');
  document.getElementById('backend').textContent = q.backend;
  document.getElementById('outbox').textContent = q.outbox.unpublished + (q.outbox.oldestCreatedAt ? ' (since ' + q.outbox.oldestCreatedAt + ')' : '');
  const d = await api('GET', '/api/v1/admin/deliveries?status=failed&pageSize=50');
  document.getElementById('deliveries').innerHTML = row(['created', 'channel', 'recipient', 'title', 'attempts', 'last error', 'request id', ''], 'th') + (d.items.map((x) =>
    row([esc(x.createdAt), esc(x.channel), esc(x.recipient), esc(x.payload.title), esc(x.attempts), esc(x.lastError), esc(x.requestId), '<button data-delivery="' + esc(x.id) + '">重试 retry</button>'])).join('') || row(['<span class="muted">none</span>', '', '', '', '', '', '', '']));
}
function show() {
  const signedIn = !!sessionStorage.token;
  document.getElementById('login').hidden = signedIn;
  document.getElementById('board').hidden = !signedIn;
  if (signedIn) refresh().catch(() => {});
}
document.getElementById('login').addEventListener('submit', async (e) => {
  e.preventDefault();
  const f = new FormData(e.target);
  const res = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: f.get('username'), password: f.get('password') }) });
  const body = await res.json();
  if (res.status !== 200) { document.getElementById('loginError').textContent = body.detail; return; }
  sessionStorage.token = body.accessToken;
  show();
});
document.getElementById('logout').addEventListener('click', (e) => { e.preventDefault(); sessionStorage.removeItem('token'); show(); });
document.getElementById('queues').addEventListener('click', async () => {
  const session = await api('POST', '/api/v1/admin/queues/session');
  location.assign(session.url);
});
document.body.addEventListener('click', async (e) => {
  const t = e.target;
  if (t.dataset.delivery) {
    await api('POST', '/api/v1/admin/deliveries/' + encodeURIComponent(t.dataset.delivery) + '/retry');
    refresh();
  }
});
setInterval(() => sessionStorage.token && refresh().catch(() => {}), 5000);
show();
</script></body></html>
`;
