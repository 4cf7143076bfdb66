-- wrk: POSTs to the path BENCH_PATH, every request a JSON body picked at random from the file BENCH_BODIES (one body
-- a line), half of them with Accept-Language: en. The requests are built once, in init, so that a request costs wrk
-- no more than a GET of bench/distinct.lua.
--
-- Every response is counted by its status; with BENCH_ROWS set (a batch), each row of a 200's "results" is counted
-- too, by its own status. done() writes the counts to the file BENCH_OUT for bench/run.sh to check, with the first
-- unexpected response of each thread, and prints a loud line to wrk's output when any response was not a 2xx.

local threads = {}

function setup(thread)
    threads[#threads + 1] = thread
    thread:set("thread_id", #threads)
end

local requests = {}
local rows = false
responses, non2xx, rows200, rows400, rowsOther, sample = 0, 0, 0, 0, 0, ""

function init(args)
    local path = os.getenv("BENCH_PATH")
    rows = os.getenv("BENCH_ROWS") ~= nil and os.getenv("BENCH_ROWS") ~= ""
    for line in io.lines(os.getenv("BENCH_BODIES")) do
        local headers = { ["Content-Type"] = "application/json" }
        if #requests % 2 == 1 then
            headers["Accept-Language"] = "en"
        end
        requests[#requests + 1] = wrk.format("POST", path, headers, line)
    end
    assert(#requests > 0, "no bodies in " .. os.getenv("BENCH_BODIES"))
    math.randomseed(os.time() * 100 + thread_id)
end

function request()
    return requests[math.random(#requests)]
end

function response(status, headers, body)
    responses = responses + 1
    if status < 200 or status > 299 then
        non2xx = non2xx + 1
        if sample == "" then
            sample = status .. " " .. string.sub(body or "", 1, 400)
        end
    elseif rows then
        -- A row is {"id":...,"status":N,"summary":...,"estimate":...,"problem":...}: a problem's own status is
        -- followed by "detail", never by "summary", so this pattern counts rows only.
        for row in string.gmatch(body, '"status":(%d+),"summary":') do
            if row == "200" then
                rows200 = rows200 + 1
            elseif row == "400" then
                rows400 = rows400 + 1
            else
                rowsOther = rowsOther + 1
            end
        end
    end
end

function done(summary, latency, counts)
    local total = { responses = 0, non2xx = 0, rows200 = 0, rows400 = 0, rowsOther = 0 }
    local samples = {}
    for _, thread in ipairs(threads) do
        for key, _ in pairs(total) do
            total[key] = total[key] + thread:get(key)
        end
        local s = thread:get("sample")
        if s ~= "" then
            samples[#samples + 1] = s
        end
    end
    local out = assert(io.open(os.getenv("BENCH_OUT"), "w"))
    out:write(string.format("responses %d\nnon2xx %d\nrows200 %d\nrows400 %d\nrowsOther %d\nseconds %.3f\n",
        total.responses, total.non2xx, total.rows200, total.rows400, total.rowsOther, summary.duration / 1e6))
    for _, s in ipairs(samples) do
        out:write("sample " .. string.gsub(s, "\n", " ") .. "\n")
    end
    out:close()
    if total.non2xx > 0 then
        io.write(string.format("\n!!! %d of %d responses were not 2xx; first: %s\n\n", total.non2xx,
            total.responses, samples[1] or ""))
    end
end
