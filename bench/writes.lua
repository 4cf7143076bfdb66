-- wrk: partners' creates of new sources, each with an id and an Idempotency-Key of its own (BENCH_RUN, the thread and
-- a counter), carrying the bearer token BENCH_TOKEN: one a request to POST /api/v1/sources, or with BENCH_BATCH=N
-- set, N of them a request to POST /api/v1/batch. Every response is counted by its status; done() writes the counts
-- to the file BENCH_OUT ("responses N", "non2xx N", "status:S N").

local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_id", #threads)
end

local auth, run, serial, batch = nil, nil, 0, 0
responses, non2xx, statuses = 0, 0, {}

function init(args)
    auth = "Bearer " .. os.getenv("BENCH_TOKEN")
    run = os.getenv("BENCH_RUN") or "0"
    batch = tonumber(os.getenv("BENCH_BATCH") or "") or 0
end

local function source(id)
    return string.format('{"id":"%s","title":{"zh-CN":"基准测试来源","en":"A source written by the benchmark"},'
        .. '"url":"https://example.org/%s","publishedOn":"2025-01-01","accessedOn":"2025-06-01"}', id, id)
end

function request()
    serial = serial + 1
    local id = string.format("bench-%s-%d-%d", run, thread_id, serial)
    local headers = { ["Authorization"] = auth, ["Content-Type"] = "application/json", ["Idempotency-Key"] = id }
    if batch == 0 then
        return wrk.format("POST", "/api/v1/sources", headers, source(id))
    end
    local operations = {}
    for i = 1, batch do
        operations[i] = string.format('{"id":"%d","method":"POST","url":"/sources","body":%s}', i,
            source(string.format("%s-%d", id, i)))
    end
    return wrk.format("POST", "/api/v1/batch", headers, '{"requests":[' .. table.concat(operations, ",") .. ']}')
end

function response(status, headers, body)
    responses = responses + 1
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
    end
    statuses[tostring(status)] = (statuses[tostring(status)] or 0) + 1
end

function done(summary, latency, requests)
    local out = io.open(os.getenv("BENCH_OUT") or "/dev/null", "w")
    local total, bad, by = 0, 0, {}
    for _, thread in ipairs(threads) do
        total = total + thread:get("responses")
        bad = bad + thread:get("non2xx")
        for status, n in pairs(thread:get("statuses")) do
            by[status] = (by[status] or 0) + n
        end
    end
    out:write(string.format("responses %d\nnon2xx %d\n", total, bad))
    for status, n in pairs(by) do
        out:write(string.format("status:%s %d\n", status, n))
    end
    out:close()
end
