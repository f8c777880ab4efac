"""Writes the goldens of PyHealthcheckBytesTest: py-healthcheck's default bodies for fixed results.

py-healthcheck's json_success_handler and json_failed_handler build a dict with the keys hostname,
status, timestamp and results, in that order, merge the sections in after them, and return
json.dumps(data) with its defaults (separators ", " and ": ", ensure_ascii). Each result is a dict
with the keys checker, output, passed, timestamp, expires and response_time, in that order. This
script does the same with the results the Java test builds, so the test compares our bytes with
Python's own. Run it from this folder with any python3 (3.7+ keeps dict order):

    python3 json_dumps.py
"""
import json
import os


def result(checker, output, passed, timestamp, expires, response_time):
    return {'checker': checker, 'output': output, 'passed': passed,
            'timestamp': timestamp, 'expires': expires, 'response_time': response_time}


def body(status, results, **sections):
    data = {'hostname': 'web-1', 'status': status, 'timestamp': 1767225600.25, 'results': results}
    data.update(sections)
    return json.dumps(data)


def write(method, text):
    os.makedirs(method, exist_ok=True)
    with open(os.path.join(method, 'body.json'), 'w', encoding='ascii', newline='') as out:
        out.write(text)


write('failureWithSectionsIsWhatJsonDumpsWrites', body(
    'failure',
    [result('db', 'refused: caf\u00e9 \u65e5\u672c \U0001F600 tab\there "quoted" back\\slash del\x7f nl\nend /path',
            False, 1767225599.5, 1767225608.5, 0.0123),
     result('cache', 'ok', True, 1767225590.125, 1767225617.125, 1.5)],
    version='1.2',
    build={'commit': 'abc123', 'tags': ['a', 'b'], 'empty': {}, 'none': [], 'n': 7, 'flag': True,
           'nothing': None}))

write('successWithNoChecksIsWhatJsonDumpsWrites', body('success', []))
