-- Order submissions for wrk (closed model: each connection sends its next order when the last
-- one is answered). One line per order from the feed (CSV listingId,quantity,serviceId), a new
-- Idempotency-Key each, signed in with the session and CSRF cookies given in the environment
-- (BOUCLE_SESSION, BOUCLE_CSRF). Any answer but 201 is counted and reported.
-- Usage: wrk -t2 -c32 -d60s -s submit-orders.lua http://127.0.0.1:8098   (FEED=path, DELIVERY=date)

local feed = {}
local session = os.getenv("BOUCLE_SESSION")
local csrf = os.getenv("BOUCLE_CSRF")
local delivery = os.getenv("DELIVERY")
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(os.getenv("FEED")) do
    local listing, quantity, service = line:match("^([%x-]+),(%d+),([%x-]+)$")
    if listing then
      table.insert(feed, {listing = listing, quantity = quantity, service = service})
    end
  end
  math.randomseed(os.time() + id)
  sent = 0
  refused = 0
  headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Cookie"] = "BOUCLE_SESSION=" .. session .. "; BOUCLE_CSRF=" .. csrf,
    ["X-CSRF-Token"] = csrf,
  }
end

function request()
  sent = sent + 1
  local f = feed[(sent * 7 + id) % #feed + 1]
  headers["Idempotency-Key"] = string.format("wrk-%d-%d-%d", id, sent, math.random(1, 2147483647))
  local body = string.format(
    '{"serviceId":"%s","deliveryDate":"%s","lines":[{"listingId":"%s","quantity":%s}]}',
    f.service, delivery, f.listing, f.quantity)
  return wrk.format("POST", "/api/orders", headers, body)
end

function response(status, headers, body)
  if status ~= 201 then
    refused = refused + 1
    if refused <= 3 then
      io.stderr:write("answer " .. status .. ": " .. body:sub(1, 300) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local refusedAll = 0
  for _, t in ipairs(threads) do
    refusedAll = refusedAll + t:get("refused")
  end
  io.write(string.format("orders %d refused %d p50_ms %.1f p99_ms %.1f\n",
    summary.requests, refusedAll, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
