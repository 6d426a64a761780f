-- wrk script: posts the submission form as a signed-in participant, each request with its own
-- idempotency key (so each one inserts a submission, its steps and its outbox email).
-- Needs COOKIE and TOKEN in the environment (from `CoCreation.Bench login`).
local cookie = os.getenv("COOKIE")
local token = os.getenv("TOKEN")
local counter = 0

-- A random number per thread and wrk run. The key was once made of a thread number and a counter with
-- math.random seeded by the clock, but the thread number was a file-level local that wrk's setup() never
-- reached (it is 0 in every thread) and every thread's random sequence was the same: two threads sent the
-- same keys at once, so the portal answered many POSTs through its duplicate-key path (383 logged unique
-- violations in one smoke run) instead of storing a new proposal.
local run = 0

function init(args)
  local random = io.open("/dev/urandom", "rb")
  local bytes = random:read(3)
  random:close()
  run = (bytes:byte(1) * 256 + bytes:byte(2)) * 256 + bytes:byte(3)
end

local function escape(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  counter = counter + 1
  local key = string.format("%08x-0000-4000-8000-%012x", run, counter)
  local body = "Data.MemberCode=AR&Data.Kind=CommitmentProposal&Data.Language=es"
    .. "&Data.Title=" .. escape("Publicar los contratos de obra pública")
    .. "&Data.Problem=" .. escape("Los contratos no se publican a tiempo.")
    .. "&Data.ProposedCommitment=" .. escape("Publicarlos en datos abiertos cada mes.")
    .. "&Data.PolicyArea=open-contracting"
    .. "&Data.IdempotencyKey=" .. key
    .. "&__RequestVerificationToken=" .. escape(token)
  return wrk.format("POST", "/submissions/submit", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-Proto"] = "https",
  }, body)
end

-- As a browser does: a renewed session cookie (the portal re-checks the account every 30 s and then
-- sends a fresh one) replaces the old one. Without this every later request would re-check the account.
function response(status, headers, body)
  local set = headers["Set-Cookie"]
  if set == nil then return end
  for name, value in set:gmatch("([^=;, ]+)=([^;]*)") do
    if name:sub(1, 7) == "__Host-" and cookie:find(name, 1, true) then
      cookie = cookie:gsub(name:gsub("%-", "%%-") .. "=[^;]*", function() return name .. "=" .. value end)
    end
  end
end
