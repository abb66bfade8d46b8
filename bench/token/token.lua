-- wrk script: POST /oauth2/token (client_credentials) with the form and HTTP Basic credentials
-- given through the environment by run.sh.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic " .. os.getenv("TID_BENCH_BASIC")
wrk.body = os.getenv("TID_BENCH_FORM")
