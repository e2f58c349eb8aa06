-- Drives the NewsLens language server through Neovim's built-in LSP client (nvim 0.7+), headless.
-- Usage: NEWSLENS_SPEC=spec.json nvim --headless -u NONE -i NONE -n -c 'luafile harness.lua'
-- spec.json: { "server": ["node", "dist/server.js", "--stdio"], "root": "/dir", "file": "/dir/a.txt",
--              "timeout_ms": 10000, "requests": [{ "name": "hover", "method": "textDocument/hover",
--              "line": 0, "character": 22 }, ...], "out": "/tmp/result.json" }
-- Writes { nvim, diagnostics (vim.diagnostic.get on the buffer), results, ms, error } to `out`.
-- Exit 0 when the harness ran (the mocha test judges the contents), 2 on a harness error.
local spec_path = os.getenv('NEWSLENS_SPEC')
local report = { results = {}, ms = {} }
local exited

local function now_ms() return vim.loop.hrtime() / 1e6 end

local function write_report(spec)
  local out = spec and spec.out or (spec_path .. '.out.json')
  local f = assert(io.open(out, 'w'))
  f:write(vim.json.encode(report))
  f:close()
end

local function main()
  assert(spec_path, 'NEWSLENS_SPEC is not set')
  local spec = vim.json.decode(table.concat(vim.fn.readfile(spec_path), '\n'))
  local timeout = spec.timeout_ms or 10000
  local v = vim.version()
  report.nvim = ('%d.%d.%d'):format(v.major, v.minor, v.patch)

  vim.cmd('edit ' .. vim.fn.fnameescape(spec.file))
  local bufnr = vim.api.nvim_get_current_buf()
  report.uri = vim.uri_from_bufnr(bufnr)
  local started = now_ms()
  local client_id = vim.lsp.start_client({
    name = 'newslens',
    cmd = spec.server,
    root_dir = spec.root,
    get_language_id = function() return 'plaintext' end,
    on_exit = function(code, signal) exited = { code = code, signal = signal } end,
  })
  assert(client_id, 'could not start the server')
  local client = vim.lsp.get_client_by_id(client_id)
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  local function wait(what, cond)
    local ok = vim.wait(timeout, function() return exited ~= nil or cond() end, 5)
    if exited then error(('server exited (%s) while waiting for %s'):format(vim.inspect(exited), what)) end
    if not ok then error(('timeout after %d ms waiting for %s'):format(timeout, what)) end
  end
  wait('initialize', function() return client.initialized end)
  report.ms.initialize = now_ms() - started
  local opened = now_ms()
  -- Diagnostics the server publishes for the buffer (cross-source findings need the scan to finish).
  -- spec.wait_code: wait for a diagnostic whose code starts with it (cross-source findings need the scan).
  wait('diagnostics', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.user_data and d.user_data.lsp and d.user_data.lsp.code
      if not spec.wait_code or (type(code) == 'string' and code:sub(1, #spec.wait_code) == spec.wait_code) then return true end
    end
    return false
  end)
  report.ms.diagnostics = now_ms() - opened
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    report.diagnostics[#report.diagnostics + 1] = { lnum = d.lnum, col = d.col, message = d.message, severity = d.severity,
      code = d.user_data and d.user_data.lsp and d.user_data.lsp.code or nil,
      related = d.user_data and d.user_data.lsp and d.user_data.lsp.relatedInformation or nil }
  end
  for _, r in ipairs(spec.requests or {}) do
    local params = { textDocument = { uri = report.uri }, position = { line = r.line, character = r.character } }
    if r.method == 'textDocument/references' then params.context = { includeDeclaration = true } end
    local t = now_ms()
    local res, err = vim.lsp.buf_request_sync(bufnr, r.method, params, timeout)
    report.ms[r.name] = now_ms() - t
    if not res then error(r.method .. ': ' .. tostring(err)) end
    local one = res[client_id]
    if one and one.error then error(r.method .. ': ' .. vim.inspect(one.error)) end
    report.results[r.name] = one and one.result or vim.NIL
  end
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return exited ~= nil end, 10)
  write_report(spec)
end

report.diagnostics = {}
local ok, err = pcall(main)
if not ok then
  report.error = tostring(err)
  io.stderr:write('newslens harness: ', tostring(err), '\n')
  pcall(write_report, spec_path and vim.json.decode(table.concat(vim.fn.readfile(spec_path), '\n')) or nil)
  vim.cmd('cquit 2')
end
vim.cmd('qall!')
