-- wrk: every request a read picked at random from the file named by BENCH_URLS (one path per line).
local paths = {}

init = function(args)
    for line in io.lines(os.getenv("BENCH_URLS")) do
        paths[#paths + 1] = line
    end
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

request = function()
    return wrk.format("GET", paths[math.random(#paths)])
end
