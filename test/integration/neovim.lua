-- Runs inside `nvim --headless`: starts ntpconf-language-server as Neovim's built-in LSP client would for a user
-- (the README's snippet), opens a chrony.conf, waits for diagnostics and a hover, and writes them as JSON.
-- Arguments come from the environment: NTPCONF_SERVER (the bin script), NTPCONF_FILE, NTPCONF_OUT.
local server = os.getenv('NTPCONF_SERVER')
local file = os.getenv('NTPCONF_FILE')
local out = os.getenv('NTPCONF_OUT')

local function finish(result)
  local handle = io.open(out, 'w')
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
local buffer = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'ntpconf',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
})
vim.lsp.buf_attach_client(buffer, client_id)

local diagnostics = {}
local ok = vim.wait(20000, function()
  diagnostics = vim.diagnostic.get(buffer)
  return #diagnostics > 0
end, 100)
if not ok then
  finish({ error = 'no diagnostics within 20 s' })
  return
end

-- Hover on `iburst` of the second line, as K would ask.
local replies = vim.lsp.buf_request_sync(buffer, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buffer) },
  position = { line = 1, character = 25 },
}, 10000)
local hover = ''
for _, reply in pairs(replies or {}) do
  if reply.result and reply.result.contents then hover = reply.result.contents.value or '' end
end

local found = {}
for _, d in ipairs(diagnostics) do
  table.insert(found, { line = d.lnum, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or '', severity = d.severity, message = d.message })
end
vim.lsp.stop_client(client_id)
finish({ diagnostics = found, hover = hover })
