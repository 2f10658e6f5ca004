# P6 (docs/performance.md): writes N Surefire-style test cases, 100 per suite, 1 in 200 failing.
# usage: python3 gen20k.py N FILE
import sys
n = int(sys.argv[1]); out = open(sys.argv[2], 'w')
out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')
i = 0
s = 0
while i < n:
    s += 1
    cls = f"com.acme.Api{s}Test"
    out.write(f'<testsuite name="{cls}" tests="100">\n')
    for k in range(100):
        if i >= n: break
        if i % 200 == 199:
            out.write(f'<testcase name="test{k}" classname="{cls}" time="0.0{k%10}"><failure message="expected 200 but was 500" type="AssertionError">AssertionError: expected 200 but was 500\n\tat {cls}.test{k}({cls}.java:{k})\n</failure></testcase>\n')
        else:
            out.write(f'<testcase name="test{k}" classname="{cls}" time="0.0{k%10}"/>\n')
        i += 1
    out.write('</testsuite>\n')
out.write('</testsuites>\n')
