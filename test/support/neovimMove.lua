-- Drives Neovim (0.7+) headless through "Move to .env" as a user would: the Hush server attached to a
-- buffer, diagnostics awaited, :lua vim.lsp.buf.code_action() with the Move entry picked from the menu,
-- the server's edit applied, every buffer written. Writes what happened to $HUSH_RESULT as JSON.
local root, server, result_path = vim.env.HUSH_ROOT, vim.env.HUSH_SERVER, vim.env.HUSH_RESULT
local result = { steps = {} }

local function step(name) table.insert(result.steps, name) end

local function run()
  vim.cmd('filetype on')
  local client_id = vim.lsp.start_client({
    name = 'hush',
    cmd = { vim.env.HUSH_NODE, server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'root' } },
  })
  assert(client_id, 'the server started')
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. vim.env.HUSH_FILE))
  vim.lsp.buf_attach_client(0, client_id)
  local buf = vim.api.nvim_get_current_buf()
  assert(vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 50), 'diagnostics arrived')
  step('diagnostics')
  local d = vim.diagnostic.get(buf)[1]
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local titles = {}
  -- The code action menu, answered by picking the Move entry (items are {client_id, action} in 0.7).
  vim.ui.select = function(items, _, on_choice)
    local chosen
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(titles, action.title)
      if not chosen and action.title:find('^Move to ') then chosen = i end
    end
    result.titles = titles
    result.offered = chosen ~= nil
    if chosen then on_choice(items[chosen], chosen) else on_choice(nil, nil) end
  end
  vim.lsp.buf.code_action()
  assert(vim.wait(20000, function() return result.titles ~= nil end, 50), 'code actions listed')
  step('actions')
  assert(result.offered, 'a Move action was offered')
  local value = vim.env.HUSH_VALUE
  local function moved()
    return not table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n'):find(value, 1, true)
  end
  assert(vim.wait(20000, moved, 50), 'the literal left the buffer')
  step('moved')
  vim.cmd('silent wall')
  step('written')
end

local ok, err = pcall(run)
result.ok = ok
if not ok then result.error = tostring(err) end
local f = io.open(result_path, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qall!')
