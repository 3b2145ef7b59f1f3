#!/usr/bin/env python3
"""Signs in to a running Ironbridge as a demo user and times requests: the ideas search page, the similar-ideas
fragment and a trivial page, interleaved so that each sees the same conditions. Prints p50 and p95 per endpoint.

usage: measure.py BASE_URL [REQUESTS] [USERNAME] [PASSWORD]
"""
import http.cookiejar
import random
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1].rstrip('/') if len(sys.argv) > 1 else 'http://localhost:18080'
REQUESTS = int(sys.argv[2]) if len(sys.argv) > 2 else 200
USERNAME = sys.argv[3] if len(sys.argv) > 3 else 'staff'
PASSWORD = sys.argv[4] if len(sys.argv) > 4 else 'Ironbridge-demo-2026'

# Words people would type: most from the loaded vocabulary, some not in it (typos, rare words).
WORDS = ('custody statement MG11 evidence body worn video footage upload digital tablet phone form paper '
         'printer email portal crime report incident call handler 101 vehicle fleet fuel drone firearms '
         'licence training wellbeing uniform property seized domestic abuse safeguarding missing mental '
         'front counter complaint duplicate manual automation robot triage redaction disclosure court file '
         'charging bail solicitor interpreter interview storage password search warrant burglary fraud cyber '
         'traffic collision demand backlog queue overtime rota shift briefing radio airwave handover '
         'custdy statment vidoe evidense tabelt sheduling parkng').split()


def opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def sign_in(client):
    page = client.open(BASE + '/sign-in').read().decode()
    token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    data = urllib.parse.urlencode({'username': USERNAME, 'password': PASSWORD, '_csrf': token}).encode()
    response = client.open(BASE + '/sign-in', data)
    if '/sign-in' in response.geturl():
        sys.exit('could not sign in as ' + USERNAME)


def words(n):
    return ' '.join(random.choice(WORDS) for _ in range(n))


def search_path():
    return '/ideas?' + urllib.parse.urlencode({'q': words(random.randint(1, 3))})


def similar_path():
    return '/ideas/similar?' + urllib.parse.urlencode({'title': words(random.randint(3, 6)),
                                                       'problem': words(random.randint(0, 20))})


ENDPOINTS = [
    ('search page  /ideas?q=...', search_path, {}),
    ('similar ideas /ideas/similar', similar_path, {'HX-Request': 'true'}),
    ('trivial page /account', lambda: '/account', {}),
    ('health       /actuator/health/liveness', lambda: '/actuator/health/liveness', {'Accept': '*/*'}),
]


def timed(client, path, headers):
    request = urllib.request.Request(BASE + path, headers={'Accept': 'text/html', **headers})
    started = time.perf_counter()
    with client.open(request) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(path + ' answered ' + str(response.status))
    return (time.perf_counter() - started) * 1000


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    random.seed(2026)
    client = opener()
    sign_in(client)
    for name, path, headers in ENDPOINTS:  # warm up: compiled templates, JIT, caches
        for _ in range(20):
            timed(client, path(), headers)
    times = {name: [] for name, _, _ in ENDPOINTS}
    for _ in range(REQUESTS):
        for name, path, headers in ENDPOINTS:
            times[name].append(timed(client, path(), headers))
    print(f'{REQUESTS} requests each, one client, signed in as {USERNAME}')
    print(f'{"endpoint":<42} {"p50 ms":>8} {"p95 ms":>8} {"mean ms":>8} {"max ms":>8}')
    for name, _, _ in ENDPOINTS:
        values = times[name]
        print(f'{name:<42} {percentile(values, 50):8.1f} {percentile(values, 95):8.1f} '
              f'{statistics.mean(values):8.1f} {max(values):8.1f}')


if __name__ == '__main__':
    main()
