-- wrk: the soak's traffic. A request is a write with probability SOAK_WRITES percent, otherwise a read picked at
-- random from the file BENCH_URLS. Writes carry the bearer token SOAK_TOKEN: a new policy (its id as its
-- Idempotency-Key); for a policy this thread created, a benefit (one per level, so that none overlaps another);
-- once in three, an update of a created policy with If-Match; once in five, a batch (POST /api/v1/batch) that creates a
-- policy and its four benefits, all or nothing.
-- Every response is counted by the second it arrived in and its status; the Location of every 201, every policy
-- updated with a 200, the policy of every batch sent and of every batch answered 200 are kept; done() writes them all
-- to the file SOAK_OUT for bench/soak.sh to check.

local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_id", #threads)
end

local paths, created, updating = {}, {}, {}
local writes_percent, auth, run, serial = 0, nil, nil, 0
counts, locations, updated, batches_sent, batched, missing_retry_after = {}, {}, {}, {}, {}, 0

function init(args)
    for line in io.lines(os.getenv("BENCH_URLS")) do
        paths[#paths + 1] = line
    end
    writes_percent = tonumber(os.getenv("SOAK_WRITES") or "10")
    auth = "Bearer " .. os.getenv("SOAK_TOKEN")
    run = os.getenv("SOAK_RUN")
    math.randomseed(os.time() * 100 + thread_id)
end

local function policy_body(id, title)
    return string.format('{"id":"%s","title":{"zh-CN":"耐久测试政策","en":"%s"},"category":"SKILL_SUBSIDY",'
        .. '"scope":"MUNICIPAL","region":"440300","effectiveFrom":"2025-01-01",'
        .. '"summary":{"zh-CN":"耐久测试写入的政策。","en":"A policy written by the soak test."},'
        .. '"sourceId":"sz-repost-cdhao","verification":"UNCONFIRMED"}', id, title)
end

local function benefit_body(level)
    return string.format('{"level":%d,"kind":"CERTIFICATE_SUBSIDY","amount":%d,"currency":"CNY",'
        .. '"effectiveFrom":"2027-01-01","sourceId":"sz-repost-cdhao","verification":"UNCONFIRMED"}',
        level, 100 * math.random(5, 50))
end

-- A catalogue entry in one batch: the policy, then a benefit for each of the levels 1 to 4.
local function batch(id)
    batches_sent[#batches_sent + 1] = id
    -- The first operation's id is the policy's, so that the answer names it in its first bytes.
    local operations = { string.format('{"id":"%s","method":"POST","url":"/policies","body":%s}',
        id, policy_body(id, "Batched")) }
    for level = 1, 4 do
        operations[#operations + 1] = string.format(
            '{"id":"level-%d","method":"POST","url":"/policies/%s/benefits","body":%s}', level, id, benefit_body(level))
    end
    return '{"requests":[' .. table.concat(operations, ",") .. ']}'
end

local function write()
    serial = serial + 1
    local headers = { ["Authorization"] = auth, ["Content-Type"] = "application/json", ["Accept-Language"] = "en" }
    if serial % 5 == 0 then
        local id = string.format("soak-%s-%d-%d-batch", run, thread_id, serial)
        headers["Idempotency-Key"] = id
        return wrk.format("POST", "/api/v1/batch", headers, batch(id))
    end
    if #updating > 0 and serial % 3 == 0 then
        local policy = table.remove(updating, 1)
        headers["If-Match"] = policy.etag
        return wrk.format("PUT", "/api/v1/policies/" .. policy.id, headers, policy_body(policy.id, "Updated"))
    end
    if #created > 0 and serial % 2 == 0 then
        local index = math.random(#created)
        local policy = created[index]
        policy.levels = policy.levels + 1
        if policy.levels == 5 then
            table.remove(created, index)
        end
        return wrk.format("POST", "/api/v1/policies/" .. policy.id .. "/benefits", headers,
            benefit_body(policy.levels))
    end
    local id = string.format("soak-%s-%d-%d", run, thread_id, serial)
    headers["Idempotency-Key"] = id
    return wrk.format("POST", "/api/v1/policies", headers, policy_body(id, "Soak"))
end

function request()
    if math.random(100) <= writes_percent then
        return write()
    end
    return wrk.format("GET", paths[math.random(#paths)])
end

function response(status, headers, body)
    local key = os.time() .. " " .. status -- flat: wrk copies one level of a thread's table to done()
    counts[key] = (counts[key] or 0) + 1
    if status == 503 and headers["Retry-After"] == nil then
        missing_retry_after = missing_retry_after + 1
    elseif status == 201 then
        local location = headers["Location"]
        locations[#locations + 1] = location
        local id = location:match("/api/v1/policies/([^/]+)$")
        if id then
            created[#created + 1] = { id = id, levels = 0 }
            updating[#updating + 1] = { id = id, etag = headers["ETag"] }
        end
    elseif status == 200 and body:sub(1, 14) == '{"responses":[' then
        batched[#batched + 1] = body:match('^{"responses":%[{"id":"(soak%-[%w%-]+%-batch)"') or "unread"
    elseif status == 200 and headers["Link"] == nil then
        -- Every read is of a collection, answered with a Link header: a 200 without one answers an update.
        updated[#updated + 1] = body:match('"id":"([^"]+)"')
    end
end

function done(summary, latency, requests)
    local out = assert(io.open(os.getenv("SOAK_OUT"), "w"))
    for _, thread in ipairs(threads) do
        for key, n in pairs(thread:get("counts")) do
            out:write(string.format("count %s %d\n", key, n))
        end
        for _, location in ipairs(thread:get("locations")) do
            out:write("created " .. location .. "\n")
        end
        for _, id in ipairs(thread:get("updated")) do
            out:write("updated " .. id .. "\n")
        end
        for _, id in ipairs(thread:get("batches_sent")) do
            out:write("batch-sent " .. id .. "\n")
        end
        for _, id in ipairs(thread:get("batched")) do
            out:write("batched " .. id .. "\n")
        end
        out:write(string.format("missing-retry-after %d\n", thread:get("missing_retry_after")))
    end
    local e = summary.errors
    out:write(string.format("requests %d\nseconds %.1f\nsocket-errors %d %d %d %d\n", summary.requests,
        summary.duration / 1e6, e.connect, e.read, e.write, e.timeout))
    out:write(string.format("latency %.1f %.1f %.1f\n", latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000))
    out:close()
end
