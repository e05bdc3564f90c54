"""Times the workbench editor against a running single-clerk server: the preview POST of the whole
part-by-part form of the sample decision (with its attached Quy chế), and the editor page.

Usage: .build/debug/vanban serve --port 18431 --database /tmp/bench.db &
       python3 scripts/bench-editor-preview.py http://127.0.0.1:18431 [VANBAN_BINARY]
"""
import html.parser, json, os, statistics, subprocess, sys, time, urllib.parse, urllib.request
base = sys.argv[1]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[2] if len(sys.argv) > 2 else os.path.join(root, ".build/debug/vanban")
doc = subprocess.run([binary, "render", os.path.join(root, "Samples/qd-257-mn-thien-ton.yaml"), "--to", "json"], capture_output=True, check=True).stdout
d = json.loads(doc); d.pop("number", None); d.pop("date", None)
req = urllib.request.Request(base + "/api/documents", data=json.dumps(d).encode(), headers={"Content-Type": "application/json"})
draft = json.loads(urllib.request.urlopen(req).read())
did = draft["id"]
page = urllib.request.urlopen(base + f"/documents/{did}")
cookie = page.headers["Set-Cookie"].split(";")[0]
text = page.read().decode()
class P(html.parser.HTMLParser):
    def __init__(s): super().__init__(); s.fields=[]; s.ta=None
    def handle_starttag(s, tag, a):
        a=dict(a)
        if tag=="input" and a.get("name") and a.get("type")!="file": s.fields.append([a["name"], a.get("value","")])
        if tag=="textarea": s.ta=[a["name"], ""]; s.fields.append(s.ta)
        if tag=="select": s.fields.append([a["name"], ""])
    def handle_data(s, data):
        if s.ta is not None: s.ta[1]+=data
    def handle_endtag(s, tag):
        if tag=="textarea": s.ta=None
p=P(); p.feed(text)
body = urllib.parse.urlencode([(f[0], f[1] or "") for f in p.fields if f[0] not in ("q",)]).encode()
print("fields", len(p.fields), "bytes", len(body))
times=[]
for i in range(40):
    r = urllib.request.Request(base + f"/documents/{did}/preview", data=body, headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    t=time.perf_counter(); out=urllib.request.urlopen(r).read(); times.append((time.perf_counter()-t)*1000)
    assert b"Quy ch" in out
times.sort()
print("preview POST ms: p50 %.1f p90 %.1f max %.1f" % (statistics.median(times), times[int(len(times)*0.9)], times[-1]))
times=[]
for i in range(20):
    t=time.perf_counter(); urllib.request.urlopen(urllib.request.Request(base + f"/documents/{did}", headers={"Cookie": cookie})).read(); times.append((time.perf_counter()-t)*1000)
times.sort()
print("editor GET ms: p50 %.1f max %.1f" % (statistics.median(times), times[-1]))
