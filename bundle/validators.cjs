"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatNames = exports2.fastFormats = exports2.fullFormats = void 0;
    function fmtDef(validate, compare) {
      return { validate, compare };
    }
    exports2.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports2.fastFormats = {
      ...exports2.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports2.formatNames = Object.keys(exports2.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports2.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// generated/validators.cjs
exports.Benefit = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/benefit.schema.json", "title": "Benefit", "description": "Benefit (gevinst): an effect a measure (tiltak) is expected to produce, with an owner, a target and a date by which it is realised (gevinstrealisering).", "type": "object", "required": ["kind", "id", "title", "measure"], "properties": { "kind": { "description": 'Document kind; always "Benefit".', "const": "Benefit" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the benefit (tittel).", "type": "string" }, "measure": { "description": "Id of the Measure (tiltak) whose change produces the benefit.", "$ref": "common.schema.json#/$defs/id" }, "change": { "type": ["string", "null"], "description": "The change (endring) that produces the benefit." }, "owner": { "description": "Id of the Workspace unit (tjenesteområde) that owns the benefit (gevinsteier).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "type": { "type": ["string", "null"], "enum": ["economic", "quality", "time", "climate", "other", null], "description": "Type of benefit: economic (økonomisk), quality (kvalitet), time (tid), climate (klima) or other (annet)." }, "indicator": { "description": "Id of the Indicator (indikator) that measures the benefit.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "target": { "description": "Target (mål): the value to reach by the year, in the indicator's unit, or NOK per year for economic benefits.", "anyOf": [{ "$ref": "common.schema.json#/$defs/yearValue" }, { "type": "null" }] }, "realizedBy": { "description": "Date by which the benefit is to be realised (realiseres innen).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "status": { "type": ["string", "null"], "enum": ["planned", "realising", "realised", "abandoned", null], "description": "Status: planned (planlagt), realising (under realisering), realised (realisert) or abandoned (forkastet)." }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema33 = { "description": 'Identifier (id): lower-case letters, digits, ".", "_" and "-", starting with a letter or digit. Document ids are unique across the repository; item ids are unique within their document.', "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$" };
var schema39 = { "description": "ISO calendar date (dato), YYYY-MM-DD.", "type": "string", "format": "date" };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
var schema37 = { "type": "object", "description": "A value for a given year (år og verdi).", "required": ["year", "value"], "properties": { "year": { "description": "Year (år) the value applies to.", "$ref": "#/$defs/year" }, "value": { "description": "Numeric value (verdi), at most 10^15 either way: any real statistic fits, and differences and ratios of values stay finite.", "type": "number", "minimum": -1e15, "maximum": 1e15 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema38 = { "description": "Calendar year (år).", "type": "integer", "minimum": 1900, "maximum": 2200 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.year === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "year" || key0 === "value" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data0 = data.year;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1e15 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -1e15 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var formats0 = require_formats().fullFormats.date;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.measure === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "measure" }, message: "must have required property 'measure'", schema: schema31.required, parentSchema: schema31, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema31.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Benefit" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Benefit" }, message: "must be equal to constant", schema: "Benefit", parentSchema: schema31.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.title.type, parentSchema: schema31.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.measure !== void 0) {
      let data3 = data.measure;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err9 = { instancePath: instancePath + "/measure", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/measure", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.change !== void 0) {
      let data4 = data.change;
      if (typeof data4 !== "string" && data4 !== null) {
        const err11 = { instancePath: instancePath + "/change", schemaPath: "#/properties/change/type", keyword: "type", params: { type: schema31.properties.change.type }, message: "must be string,null", schema: schema31.properties.change.type, parentSchema: schema31.properties.change, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.owner !== void 0) {
      let data5 = data.owner;
      const _errs14 = errors;
      let valid3 = false;
      const _errs15 = errors;
      if (typeof data5 === "string") {
        if (!pattern5.test(data5)) {
          const err12 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/owner", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs15 === errors;
      valid3 = valid3 || _valid0;
      const _errs18 = errors;
      if (data5 !== null) {
        const err14 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.owner.anyOf[1].type, parentSchema: schema31.properties.owner.anyOf[1], data: data5 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid0 = _errs18 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err15 = { instancePath: instancePath + "/owner", schemaPath: "#/properties/owner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.owner.anyOf, parentSchema: schema31.properties.owner, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      } else {
        errors = _errs14;
        if (vErrors !== null) {
          if (_errs14) {
            vErrors.length = _errs14;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.type !== void 0) {
      let data6 = data.type;
      if (typeof data6 !== "string" && data6 !== null) {
        const err16 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema31.properties.type.type }, message: "must be string,null", schema: schema31.properties.type.type, parentSchema: schema31.properties.type, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (!(data6 === "economic" || data6 === "quality" || data6 === "time" || data6 === "climate" || data6 === "other" || data6 === null)) {
        const err17 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema31.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.type.enum, parentSchema: schema31.properties.type, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data.indicator !== void 0) {
      let data7 = data.indicator;
      const _errs23 = errors;
      let valid5 = false;
      const _errs24 = errors;
      if (typeof data7 === "string") {
        if (!pattern5.test(data7)) {
          const err18 = { instancePath: instancePath + "/indicator", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/indicator", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs24 === errors;
      valid5 = valid5 || _valid1;
      const _errs27 = errors;
      if (data7 !== null) {
        const err20 = { instancePath: instancePath + "/indicator", schemaPath: "#/properties/indicator/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.indicator.anyOf[1].type, parentSchema: schema31.properties.indicator.anyOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid1 = _errs27 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err21 = { instancePath: instancePath + "/indicator", schemaPath: "#/properties/indicator/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.indicator.anyOf, parentSchema: schema31.properties.indicator, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.target !== void 0) {
      let data8 = data.target;
      const _errs30 = errors;
      let valid7 = false;
      const _errs31 = errors;
      if (!validate22(data8, { instancePath: instancePath + "/target", parentData: data, parentDataProperty: "target", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs31 === errors;
      valid7 = valid7 || _valid2;
      const _errs32 = errors;
      if (data8 !== null) {
        const err22 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.target.anyOf[1].type, parentSchema: schema31.properties.target.anyOf[1], data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      var _valid2 = _errs32 === errors;
      valid7 = valid7 || _valid2;
      if (!valid7) {
        const err23 = { instancePath: instancePath + "/target", schemaPath: "#/properties/target/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.target.anyOf, parentSchema: schema31.properties.target, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs30;
        if (vErrors !== null) {
          if (_errs30) {
            vErrors.length = _errs30;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.realizedBy !== void 0) {
      let data9 = data.realizedBy;
      const _errs35 = errors;
      let valid8 = false;
      const _errs36 = errors;
      if (typeof data9 === "string") {
        if (!formats0.validate(data9)) {
          const err24 = { instancePath: instancePath + "/realizedBy", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/realizedBy", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid3 = _errs36 === errors;
      valid8 = valid8 || _valid3;
      const _errs39 = errors;
      if (data9 !== null) {
        const err26 = { instancePath: instancePath + "/realizedBy", schemaPath: "#/properties/realizedBy/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema31.properties.realizedBy.anyOf[1].type, parentSchema: schema31.properties.realizedBy.anyOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      var _valid3 = _errs39 === errors;
      valid8 = valid8 || _valid3;
      if (!valid8) {
        const err27 = { instancePath: instancePath + "/realizedBy", schemaPath: "#/properties/realizedBy/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.realizedBy.anyOf, parentSchema: schema31.properties.realizedBy, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      } else {
        errors = _errs35;
        if (vErrors !== null) {
          if (_errs35) {
            vErrors.length = _errs35;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.status !== void 0) {
      let data10 = data.status;
      if (typeof data10 !== "string" && data10 !== null) {
        const err28 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema31.properties.status.type }, message: "must be string,null", schema: schema31.properties.status.type, parentSchema: schema31.properties.status, data: data10 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (!(data10 === "planned" || data10 === "realising" || data10 === "realised" || data10 === "abandoned" || data10 === null)) {
        const err29 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema31.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.status.enum, parentSchema: schema31.properties.status, data: data10 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data11 = data.description;
      if (typeof data11 !== "string" && data11 !== null) {
        const err30 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema31.properties.description.type }, message: "must be string,null", schema: schema31.properties.description.type, parentSchema: schema31.properties.description, data: data11 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Budget = validate24;
var schema40 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/budget.schema.json", "title": "Budget", "description": "Budget (økonomiplan, format 1.1): the four-year financial plan of a handlingsprogram (kommuneloven §§ 14-2 to 14-4; budsjett- og regnskapsforskriften §§ 5-4 and 5-5). Amounts are in Workspace.amountUnit, positive as named; a missing amount is 0. Sums and results are computed by planverk, never written.", "type": "object", "required": ["kind", "id", "title", "plan", "operating", "investment"], "properties": { "kind": { "description": 'Document kind; always "Budget".', "const": "Budget" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the økonomiplan (tittel).", "type": "string" }, "plan": { "description": "Id of the Plan of type handlingsprogram this is the økonomiplan of; one Budget per plan.", "$ref": "common.schema.json#/$defs/id" }, "basisYear": { "description": "The year of the adopted budget the frames are rolled from (basisår): frames[].base is the frame in this year.", "anyOf": [{ "$ref": "common.schema.json#/$defs/year" }, { "type": "null" }] }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] }, "financialTargets": { "description": "Financial targets (finansielle måltall), each in % of totalOperatingIncome; optional.", "anyOf": [{ "type": "object", "properties": { "netOperatingResult": { "description": "Netto driftsresultat in % of brutto driftsinntekter.", "anyOf": [{ "$ref": "#/$defs/targetBounds" }, { "type": "null" }] }, "unrestrictedFund": { "description": "Disposisjonsfond (unrestrictedFundBalance) in % of brutto driftsinntekter.", "anyOf": [{ "$ref": "#/$defs/targetBounds" }, { "type": "null" }] }, "netDebt": { "description": "Netto lånegjeld (netDebt) in % of brutto driftsinntekter.", "anyOf": [{ "$ref": "#/$defs/targetBounds" }, { "type": "null" }] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, { "type": "null" }] }, "operating": { "type": "array", "description": "Bevilgningsoversikt drift, del 1 (budsjett- og regnskapsforskriften § 5-4 første ledd): one row per plan year.", "items": { "type": "object", "description": "The operating lines of one year (driftsbudsjett for ett år).", "required": ["year"], "properties": { "year": { "description": "Budget year (budsjettår).", "$ref": "common.schema.json#/$defs/year" }, "generalGrant": { "description": "Rammetilskudd (block grant from the state).", "$ref": "common.schema.json#/$defs/amount" }, "incomeTax": { "description": "Inntekts- og formuesskatt (income and wealth tax).", "$ref": "common.schema.json#/$defs/amount" }, "propertyTax": { "description": "Eiendomsskatt (property tax).", "$ref": "common.schema.json#/$defs/amount" }, "otherGeneralIncome": { "description": "Andre generelle driftsinntekter (other general operating income, e.g. general state grants).", "$ref": "common.schema.json#/$defs/amount" }, "depreciation": { "description": "Avskrivninger (depreciation).", "$ref": "common.schema.json#/$defs/amount" }, "interestIncome": { "description": "Renteinntekter (interest income).", "$ref": "common.schema.json#/$defs/amount" }, "dividends": { "description": "Utbytter (dividends).", "$ref": "common.schema.json#/$defs/amount" }, "financialGains": { "description": "Gevinster og tap på finansielle omløpsmidler (gains and losses on current financial assets); signed: a loss is negative.", "$ref": "common.schema.json#/$defs/amount" }, "interestExpenses": { "description": "Renteutgifter (interest expenses).", "$ref": "common.schema.json#/$defs/amount" }, "loanRepayments": { "description": "Avdrag på lån (repayments of loans).", "$ref": "common.schema.json#/$defs/amount" }, "transferToInvestment": { "description": "Overføring til investering (transfer to the investment budget); equals the investment row's transferFromOperating.", "$ref": "common.schema.json#/$defs/amount" }, "toRestrictedFunds": { "description": "Avsetninger til bundne driftsfond (allocations to restricted operating funds).", "$ref": "common.schema.json#/$defs/amount" }, "fromRestrictedFunds": { "description": "Bruk av bundne driftsfond (use of restricted operating funds).", "$ref": "common.schema.json#/$defs/amount" }, "toUnrestrictedFunds": { "description": "Avsetninger til disposisjonsfond (allocations to the unrestricted fund).", "$ref": "common.schema.json#/$defs/amount" }, "fromUnrestrictedFunds": { "description": "Bruk av disposisjonsfond (use of the unrestricted fund).", "$ref": "common.schema.json#/$defs/amount" }, "coverPriorDeficit": { "description": "Dekning av tidligere års merforbruk (covering of deficits of earlier years).", "$ref": "common.schema.json#/$defs/amount" }, "totalOperatingIncome": { "description": "Brutto driftsinntekter (gross operating income), the base of the financial targets; optional.", "$ref": "common.schema.json#/$defs/amount" }, "unrestrictedFundBalance": { "description": "Disposisjonsfond (unrestricted fund) at the end of the year; optional, for the financial targets.", "$ref": "common.schema.json#/$defs/amount" }, "netDebt": { "description": "Netto lånegjeld (net debt) at the end of the year; optional, for the financial targets.", "$ref": "common.schema.json#/$defs/amount" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "frames": { "type": ["array", "null"], "description": "Bevilgningsoversikt drift, del 2 (§ 5-4 annet ledd): the net frame (netto ramme) of each budget area, a Workspace unit.", "items": { "type": "object", "description": "The net frame of one unit: its base in basisYear and the named changes per year; the operating budgets of the plan's measures of the unit are added by planverk.", "required": ["unit"], "properties": { "unit": { "description": "Id of the Workspace unit (budsjettområde / tjenesteområde).", "$ref": "common.schema.json#/$defs/id" }, "base": { "description": "The unit's net frame in basisYear (netto ramme i basisåret).", "$ref": "common.schema.json#/$defs/amount" }, "changes": { "type": ["array", "null"], "description": "Named changes to the frame (endringer i rammen), by year.", "items": { "type": "object", "description": "One change to the frame.", "required": ["id", "title", "amounts"], "properties": { "id": { "description": "Id of the change, unique within its frame.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "What the change is (tittel).", "type": "string" }, "type": { "type": ["string", "null"], "enum": ["technical", "demography", "price", "political", "saving", "other", null], "description": "Kind of change: technical (teknisk justering), demography (demografi), price (pris- og lønnsvekst), political (politisk vedtak), saving (innsparing) or other (annet)." }, "amounts": { "type": "array", "description": "The change by year, added to the base in that year (not cumulative: write the full change of each year).", "items": { "type": "object", "description": "The change in one year.", "required": ["year", "amount"], "properties": { "year": { "description": "Year (år).", "$ref": "common.schema.json#/$defs/year" }, "amount": { "description": "The change in that year (endring); negative reduces the frame.", "$ref": "common.schema.json#/$defs/amount" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse).", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse).", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "investment": { "type": "array", "description": "Bevilgningsoversikt investering, del 1 (§ 5-5 første ledd): one row per plan year. The investment budgets of the plan's measures are added by planverk (del 2).", "items": { "type": "object", "description": "The investment lines of one year (investeringsbudsjett for ett år).", "required": ["year"], "properties": { "year": { "description": "Budget year (budsjettår).", "$ref": "common.schema.json#/$defs/year" }, "otherInvestments": { "description": "Investeringer i varige driftsmidler (investments in fixed assets) that are not listed as measures of the plan.", "$ref": "common.schema.json#/$defs/amount" }, "grantsToOthers": { "description": "Tilskudd til andres investeringer (grants to the investments of others).", "$ref": "common.schema.json#/$defs/amount" }, "shares": { "description": "Investeringer i aksjer og andeler i selskaper (investments in shares of companies).", "$ref": "common.schema.json#/$defs/amount" }, "lending": { "description": "Utlån av egne midler (lending of own funds).", "$ref": "common.schema.json#/$defs/amount" }, "vatCompensation": { "description": "Kompensasjon for merverdiavgift (VAT compensation).", "$ref": "common.schema.json#/$defs/amount" }, "grants": { "description": "Tilskudd fra andre (grants from others).", "$ref": "common.schema.json#/$defs/amount" }, "assetSales": { "description": "Salg av varige driftsmidler (sales of fixed assets).", "$ref": "common.schema.json#/$defs/amount" }, "borrowing": { "description": "Bruk av lån (borrowing).", "$ref": "common.schema.json#/$defs/amount" }, "transferFromOperating": { "description": "Overføring fra drift (transfer from the operating budget); equals the operating row's transferToInvestment.", "$ref": "common.schema.json#/$defs/amount" }, "toInvestmentFunds": { "description": "Avsetninger til investeringsfond (allocations to investment funds).", "$ref": "common.schema.json#/$defs/amount" }, "fromInvestmentFunds": { "description": "Bruk av investeringsfond (use of investment funds).", "$ref": "common.schema.json#/$defs/amount" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "$defs": { "targetBounds": { "type": "object", "description": "Bounds of a financial target, in % (prosent): min, max or both.", "properties": { "min": { "description": "The lowest acceptable value, in %.", "type": ["number", "null"], "minimum": -1e3, "maximum": 1e3 }, "max": { "description": "The highest acceptable value, in %.", "type": ["number", "null"], "minimum": -1e3, "maximum": 1e3 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } };
var schema44 = { "type": "object", "description": "Bounds of a financial target, in % (prosent): min, max or both.", "properties": { "min": { "description": "The lowest acceptable value, in %.", "type": ["number", "null"], "minimum": -1e3, "maximum": 1e3 }, "max": { "description": "The highest acceptable value, in %.", "type": ["number", "null"], "minimum": -1e3, "maximum": 1e3 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema48 = { "description": "An amount (beløp) in Workspace.amountUnit of Workspace.currency: a whole number or a decimal, or null for none (0). Its magnitude is at most 10^12 units, so that a typo of many digits is reported instead of summed.", "type": ["number", "null"], "minimum": -1e12, "maximum": 1e12 };
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate24.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.plan === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.operating === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "operating" }, message: "must have required property 'operating'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.investment === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "investment" }, message: "must have required property 'investment'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema40.properties, key0) || pattern4.test(key0))) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Budget" !== data0) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Budget" }, message: "must be equal to constant", schema: "Budget", parentSchema: schema40.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err8 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.title.type, parentSchema: schema40.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data3 = data.plan;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err11 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.basisYear !== void 0) {
      let data4 = data.basisYear;
      const _errs12 = errors;
      let valid3 = false;
      const _errs13 = errors;
      if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
        const err13 = { instancePath: instancePath + "/basisYear", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 2200 || isNaN(data4)) {
          const err14 = { instancePath: instancePath + "/basisYear", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4 < 1900 || isNaN(data4)) {
          const err15 = { instancePath: instancePath + "/basisYear", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      var _valid0 = _errs13 === errors;
      valid3 = valid3 || _valid0;
      const _errs16 = errors;
      if (data4 !== null) {
        const err16 = { instancePath: instancePath + "/basisYear", schemaPath: "#/properties/basisYear/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.basisYear.anyOf[1].type, parentSchema: schema40.properties.basisYear.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err17 = { instancePath: instancePath + "/basisYear", schemaPath: "#/properties/basisYear/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.basisYear.anyOf, parentSchema: schema40.properties.basisYear, data: data4 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data5 = data.description;
      if (typeof data5 !== "string" && data5 !== null) {
        const err18 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema40.properties.description.type }, message: "must be string,null", schema: schema40.properties.description.type, parentSchema: schema40.properties.description, data: data5 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.financialTargets !== void 0) {
      let data6 = data.financialTargets;
      const _errs21 = errors;
      let valid5 = false;
      const _errs22 = errors;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "netOperatingResult" || key1 === "unrestrictedFund" || key1 === "netDebt" || pattern4.test(key1))) {
            const err19 = { instancePath: instancePath + "/financialTargets", schemaPath: "#/properties/financialTargets/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.financialTargets.anyOf[0], data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.netOperatingResult !== void 0) {
          let data7 = data6.netOperatingResult;
          const _errs26 = errors;
          let valid7 = false;
          const _errs27 = errors;
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            for (const key2 in data7) {
              if (!(key2 === "min" || key2 === "max" || pattern4.test(key2))) {
                const err20 = { instancePath: instancePath + "/financialTargets/netOperatingResult", schemaPath: "#/$defs/targetBounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data7 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data7.min !== void 0) {
              let data8 = data7.min;
              if (!(typeof data8 == "number" && isFinite(data8)) && data8 !== null) {
                const err21 = { instancePath: instancePath + "/financialTargets/netOperatingResult/min", schemaPath: "#/$defs/targetBounds/properties/min/type", keyword: "type", params: { type: schema44.properties.min.type }, message: "must be number,null", schema: schema44.properties.min.type, parentSchema: schema44.properties.min, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 1e3 || isNaN(data8)) {
                  const err22 = { instancePath: instancePath + "/financialTargets/netOperatingResult/min", schemaPath: "#/$defs/targetBounds/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.min, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
                if (data8 < -1e3 || isNaN(data8)) {
                  const err23 = { instancePath: instancePath + "/financialTargets/netOperatingResult/min", schemaPath: "#/$defs/targetBounds/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.min, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              }
            }
            if (data7.max !== void 0) {
              let data9 = data7.max;
              if (!(typeof data9 == "number" && isFinite(data9)) && data9 !== null) {
                const err24 = { instancePath: instancePath + "/financialTargets/netOperatingResult/max", schemaPath: "#/$defs/targetBounds/properties/max/type", keyword: "type", params: { type: schema44.properties.max.type }, message: "must be number,null", schema: schema44.properties.max.type, parentSchema: schema44.properties.max, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 1e3 || isNaN(data9)) {
                  const err25 = { instancePath: instancePath + "/financialTargets/netOperatingResult/max", schemaPath: "#/$defs/targetBounds/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.max, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
                if (data9 < -1e3 || isNaN(data9)) {
                  const err26 = { instancePath: instancePath + "/financialTargets/netOperatingResult/max", schemaPath: "#/$defs/targetBounds/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.max, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err27 = { instancePath: instancePath + "/financialTargets/netOperatingResult", schemaPath: "#/$defs/targetBounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data7 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          var _valid2 = _errs27 === errors;
          valid7 = valid7 || _valid2;
          const _errs35 = errors;
          if (data7 !== null) {
            const err28 = { instancePath: instancePath + "/financialTargets/netOperatingResult", schemaPath: "#/properties/financialTargets/anyOf/0/properties/netOperatingResult/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.financialTargets.anyOf[0].properties.netOperatingResult.anyOf[1].type, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.netOperatingResult.anyOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
          var _valid2 = _errs35 === errors;
          valid7 = valid7 || _valid2;
          if (!valid7) {
            const err29 = { instancePath: instancePath + "/financialTargets/netOperatingResult", schemaPath: "#/properties/financialTargets/anyOf/0/properties/netOperatingResult/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.financialTargets.anyOf[0].properties.netOperatingResult.anyOf, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.netOperatingResult, data: data7 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          } else {
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.unrestrictedFund !== void 0) {
          let data10 = data6.unrestrictedFund;
          const _errs38 = errors;
          let valid10 = false;
          const _errs39 = errors;
          if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
            for (const key3 in data10) {
              if (!(key3 === "min" || key3 === "max" || pattern4.test(key3))) {
                const err30 = { instancePath: instancePath + "/financialTargets/unrestrictedFund", schemaPath: "#/$defs/targetBounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data10.min !== void 0) {
              let data11 = data10.min;
              if (!(typeof data11 == "number" && isFinite(data11)) && data11 !== null) {
                const err31 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/min", schemaPath: "#/$defs/targetBounds/properties/min/type", keyword: "type", params: { type: schema44.properties.min.type }, message: "must be number,null", schema: schema44.properties.min.type, parentSchema: schema44.properties.min, data: data11 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 > 1e3 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/min", schemaPath: "#/$defs/targetBounds/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.min, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
                if (data11 < -1e3 || isNaN(data11)) {
                  const err33 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/min", schemaPath: "#/$defs/targetBounds/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.min, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err33];
                  } else {
                    vErrors.push(err33);
                  }
                  errors++;
                }
              }
            }
            if (data10.max !== void 0) {
              let data12 = data10.max;
              if (!(typeof data12 == "number" && isFinite(data12)) && data12 !== null) {
                const err34 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/max", schemaPath: "#/$defs/targetBounds/properties/max/type", keyword: "type", params: { type: schema44.properties.max.type }, message: "must be number,null", schema: schema44.properties.max.type, parentSchema: schema44.properties.max, data: data12 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 1e3 || isNaN(data12)) {
                  const err35 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/max", schemaPath: "#/$defs/targetBounds/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.max, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data12 < -1e3 || isNaN(data12)) {
                  const err36 = { instancePath: instancePath + "/financialTargets/unrestrictedFund/max", schemaPath: "#/$defs/targetBounds/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.max, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err37 = { instancePath: instancePath + "/financialTargets/unrestrictedFund", schemaPath: "#/$defs/targetBounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data10 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          var _valid3 = _errs39 === errors;
          valid10 = valid10 || _valid3;
          const _errs47 = errors;
          if (data10 !== null) {
            const err38 = { instancePath: instancePath + "/financialTargets/unrestrictedFund", schemaPath: "#/properties/financialTargets/anyOf/0/properties/unrestrictedFund/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.financialTargets.anyOf[0].properties.unrestrictedFund.anyOf[1].type, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.unrestrictedFund.anyOf[1], data: data10 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          var _valid3 = _errs47 === errors;
          valid10 = valid10 || _valid3;
          if (!valid10) {
            const err39 = { instancePath: instancePath + "/financialTargets/unrestrictedFund", schemaPath: "#/properties/financialTargets/anyOf/0/properties/unrestrictedFund/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.financialTargets.anyOf[0].properties.unrestrictedFund.anyOf, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.unrestrictedFund, data: data10 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          } else {
            errors = _errs38;
            if (vErrors !== null) {
              if (_errs38) {
                vErrors.length = _errs38;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.netDebt !== void 0) {
          let data13 = data6.netDebt;
          const _errs50 = errors;
          let valid13 = false;
          const _errs51 = errors;
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key4 in data13) {
              if (!(key4 === "min" || key4 === "max" || pattern4.test(key4))) {
                const err40 = { instancePath: instancePath + "/financialTargets/netDebt", schemaPath: "#/$defs/targetBounds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data: data13 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
            if (data13.min !== void 0) {
              let data14 = data13.min;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err41 = { instancePath: instancePath + "/financialTargets/netDebt/min", schemaPath: "#/$defs/targetBounds/properties/min/type", keyword: "type", params: { type: schema44.properties.min.type }, message: "must be number,null", schema: schema44.properties.min.type, parentSchema: schema44.properties.min, data: data14 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 1e3 || isNaN(data14)) {
                  const err42 = { instancePath: instancePath + "/financialTargets/netDebt/min", schemaPath: "#/$defs/targetBounds/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.min, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err42];
                  } else {
                    vErrors.push(err42);
                  }
                  errors++;
                }
                if (data14 < -1e3 || isNaN(data14)) {
                  const err43 = { instancePath: instancePath + "/financialTargets/netDebt/min", schemaPath: "#/$defs/targetBounds/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.min, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              }
            }
            if (data13.max !== void 0) {
              let data15 = data13.max;
              if (!(typeof data15 == "number" && isFinite(data15)) && data15 !== null) {
                const err44 = { instancePath: instancePath + "/financialTargets/netDebt/max", schemaPath: "#/$defs/targetBounds/properties/max/type", keyword: "type", params: { type: schema44.properties.max.type }, message: "must be number,null", schema: schema44.properties.max.type, parentSchema: schema44.properties.max, data: data15 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
              if (typeof data15 == "number" && isFinite(data15)) {
                if (data15 > 1e3 || isNaN(data15)) {
                  const err45 = { instancePath: instancePath + "/financialTargets/netDebt/max", schemaPath: "#/$defs/targetBounds/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema44.properties.max, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
                if (data15 < -1e3 || isNaN(data15)) {
                  const err46 = { instancePath: instancePath + "/financialTargets/netDebt/max", schemaPath: "#/$defs/targetBounds/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema44.properties.max, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err46];
                  } else {
                    vErrors.push(err46);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err47 = { instancePath: instancePath + "/financialTargets/netDebt", schemaPath: "#/$defs/targetBounds/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data: data13 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          var _valid4 = _errs51 === errors;
          valid13 = valid13 || _valid4;
          const _errs59 = errors;
          if (data13 !== null) {
            const err48 = { instancePath: instancePath + "/financialTargets/netDebt", schemaPath: "#/properties/financialTargets/anyOf/0/properties/netDebt/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.financialTargets.anyOf[0].properties.netDebt.anyOf[1].type, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.netDebt.anyOf[1], data: data13 };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          var _valid4 = _errs59 === errors;
          valid13 = valid13 || _valid4;
          if (!valid13) {
            const err49 = { instancePath: instancePath + "/financialTargets/netDebt", schemaPath: "#/properties/financialTargets/anyOf/0/properties/netDebt/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.financialTargets.anyOf[0].properties.netDebt.anyOf, parentSchema: schema40.properties.financialTargets.anyOf[0].properties.netDebt, data: data13 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          } else {
            errors = _errs50;
            if (vErrors !== null) {
              if (_errs50) {
                vErrors.length = _errs50;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err50 = { instancePath: instancePath + "/financialTargets", schemaPath: "#/properties/financialTargets/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.financialTargets.anyOf[0].type, parentSchema: schema40.properties.financialTargets.anyOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid5 = valid5 || _valid1;
      const _errs61 = errors;
      if (data6 !== null) {
        const err51 = { instancePath: instancePath + "/financialTargets", schemaPath: "#/properties/financialTargets/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.financialTargets.anyOf[1].type, parentSchema: schema40.properties.financialTargets.anyOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
      var _valid1 = _errs61 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err52 = { instancePath: instancePath + "/financialTargets", schemaPath: "#/properties/financialTargets/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.financialTargets.anyOf, parentSchema: schema40.properties.financialTargets, data: data6 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.operating !== void 0) {
      let data16 = data.operating;
      if (Array.isArray(data16)) {
        const len0 = data16.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data17 = data16[i0];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.year === void 0) {
              const err53 = { instancePath: instancePath + "/operating/" + i0, schemaPath: "#/properties/operating/items/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema40.properties.operating.items.required, parentSchema: schema40.properties.operating.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
            for (const key5 in data17) {
              if (!(func1.call(schema40.properties.operating.items.properties, key5) || pattern4.test(key5))) {
                const err54 = { instancePath: instancePath + "/operating/" + i0, schemaPath: "#/properties/operating/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.operating.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data17.year !== void 0) {
              let data18 = data17.year;
              if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                const err55 = { instancePath: instancePath + "/operating/" + i0 + "/year", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data18 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              if (typeof data18 == "number" && isFinite(data18)) {
                if (data18 > 2200 || isNaN(data18)) {
                  const err56 = { instancePath: instancePath + "/operating/" + i0 + "/year", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                if (data18 < 1900 || isNaN(data18)) {
                  const err57 = { instancePath: instancePath + "/operating/" + i0 + "/year", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err57];
                  } else {
                    vErrors.push(err57);
                  }
                  errors++;
                }
              }
            }
            if (data17.generalGrant !== void 0) {
              let data19 = data17.generalGrant;
              if (!(typeof data19 == "number" && isFinite(data19)) && data19 !== null) {
                const err58 = { instancePath: instancePath + "/operating/" + i0 + "/generalGrant", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data19 };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
              if (typeof data19 == "number" && isFinite(data19)) {
                if (data19 > 1e12 || isNaN(data19)) {
                  const err59 = { instancePath: instancePath + "/operating/" + i0 + "/generalGrant", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err59];
                  } else {
                    vErrors.push(err59);
                  }
                  errors++;
                }
                if (data19 < -1e12 || isNaN(data19)) {
                  const err60 = { instancePath: instancePath + "/operating/" + i0 + "/generalGrant", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data19 };
                  if (vErrors === null) {
                    vErrors = [err60];
                  } else {
                    vErrors.push(err60);
                  }
                  errors++;
                }
              }
            }
            if (data17.incomeTax !== void 0) {
              let data20 = data17.incomeTax;
              if (!(typeof data20 == "number" && isFinite(data20)) && data20 !== null) {
                const err61 = { instancePath: instancePath + "/operating/" + i0 + "/incomeTax", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data20 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
              if (typeof data20 == "number" && isFinite(data20)) {
                if (data20 > 1e12 || isNaN(data20)) {
                  const err62 = { instancePath: instancePath + "/operating/" + i0 + "/incomeTax", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
                if (data20 < -1e12 || isNaN(data20)) {
                  const err63 = { instancePath: instancePath + "/operating/" + i0 + "/incomeTax", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data20 };
                  if (vErrors === null) {
                    vErrors = [err63];
                  } else {
                    vErrors.push(err63);
                  }
                  errors++;
                }
              }
            }
            if (data17.propertyTax !== void 0) {
              let data21 = data17.propertyTax;
              if (!(typeof data21 == "number" && isFinite(data21)) && data21 !== null) {
                const err64 = { instancePath: instancePath + "/operating/" + i0 + "/propertyTax", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data21 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
              if (typeof data21 == "number" && isFinite(data21)) {
                if (data21 > 1e12 || isNaN(data21)) {
                  const err65 = { instancePath: instancePath + "/operating/" + i0 + "/propertyTax", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err65];
                  } else {
                    vErrors.push(err65);
                  }
                  errors++;
                }
                if (data21 < -1e12 || isNaN(data21)) {
                  const err66 = { instancePath: instancePath + "/operating/" + i0 + "/propertyTax", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data21 };
                  if (vErrors === null) {
                    vErrors = [err66];
                  } else {
                    vErrors.push(err66);
                  }
                  errors++;
                }
              }
            }
            if (data17.otherGeneralIncome !== void 0) {
              let data22 = data17.otherGeneralIncome;
              if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                const err67 = { instancePath: instancePath + "/operating/" + i0 + "/otherGeneralIncome", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data22 };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
              if (typeof data22 == "number" && isFinite(data22)) {
                if (data22 > 1e12 || isNaN(data22)) {
                  const err68 = { instancePath: instancePath + "/operating/" + i0 + "/otherGeneralIncome", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err68];
                  } else {
                    vErrors.push(err68);
                  }
                  errors++;
                }
                if (data22 < -1e12 || isNaN(data22)) {
                  const err69 = { instancePath: instancePath + "/operating/" + i0 + "/otherGeneralIncome", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data22 };
                  if (vErrors === null) {
                    vErrors = [err69];
                  } else {
                    vErrors.push(err69);
                  }
                  errors++;
                }
              }
            }
            if (data17.depreciation !== void 0) {
              let data23 = data17.depreciation;
              if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
                const err70 = { instancePath: instancePath + "/operating/" + i0 + "/depreciation", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data23 };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
              if (typeof data23 == "number" && isFinite(data23)) {
                if (data23 > 1e12 || isNaN(data23)) {
                  const err71 = { instancePath: instancePath + "/operating/" + i0 + "/depreciation", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err71];
                  } else {
                    vErrors.push(err71);
                  }
                  errors++;
                }
                if (data23 < -1e12 || isNaN(data23)) {
                  const err72 = { instancePath: instancePath + "/operating/" + i0 + "/depreciation", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data23 };
                  if (vErrors === null) {
                    vErrors = [err72];
                  } else {
                    vErrors.push(err72);
                  }
                  errors++;
                }
              }
            }
            if (data17.interestIncome !== void 0) {
              let data24 = data17.interestIncome;
              if (!(typeof data24 == "number" && isFinite(data24)) && data24 !== null) {
                const err73 = { instancePath: instancePath + "/operating/" + i0 + "/interestIncome", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data24 };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
              if (typeof data24 == "number" && isFinite(data24)) {
                if (data24 > 1e12 || isNaN(data24)) {
                  const err74 = { instancePath: instancePath + "/operating/" + i0 + "/interestIncome", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err74];
                  } else {
                    vErrors.push(err74);
                  }
                  errors++;
                }
                if (data24 < -1e12 || isNaN(data24)) {
                  const err75 = { instancePath: instancePath + "/operating/" + i0 + "/interestIncome", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data24 };
                  if (vErrors === null) {
                    vErrors = [err75];
                  } else {
                    vErrors.push(err75);
                  }
                  errors++;
                }
              }
            }
            if (data17.dividends !== void 0) {
              let data25 = data17.dividends;
              if (!(typeof data25 == "number" && isFinite(data25)) && data25 !== null) {
                const err76 = { instancePath: instancePath + "/operating/" + i0 + "/dividends", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data25 };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
              if (typeof data25 == "number" && isFinite(data25)) {
                if (data25 > 1e12 || isNaN(data25)) {
                  const err77 = { instancePath: instancePath + "/operating/" + i0 + "/dividends", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err77];
                  } else {
                    vErrors.push(err77);
                  }
                  errors++;
                }
                if (data25 < -1e12 || isNaN(data25)) {
                  const err78 = { instancePath: instancePath + "/operating/" + i0 + "/dividends", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data25 };
                  if (vErrors === null) {
                    vErrors = [err78];
                  } else {
                    vErrors.push(err78);
                  }
                  errors++;
                }
              }
            }
            if (data17.financialGains !== void 0) {
              let data26 = data17.financialGains;
              if (!(typeof data26 == "number" && isFinite(data26)) && data26 !== null) {
                const err79 = { instancePath: instancePath + "/operating/" + i0 + "/financialGains", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data26 };
                if (vErrors === null) {
                  vErrors = [err79];
                } else {
                  vErrors.push(err79);
                }
                errors++;
              }
              if (typeof data26 == "number" && isFinite(data26)) {
                if (data26 > 1e12 || isNaN(data26)) {
                  const err80 = { instancePath: instancePath + "/operating/" + i0 + "/financialGains", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err80];
                  } else {
                    vErrors.push(err80);
                  }
                  errors++;
                }
                if (data26 < -1e12 || isNaN(data26)) {
                  const err81 = { instancePath: instancePath + "/operating/" + i0 + "/financialGains", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err81];
                  } else {
                    vErrors.push(err81);
                  }
                  errors++;
                }
              }
            }
            if (data17.interestExpenses !== void 0) {
              let data27 = data17.interestExpenses;
              if (!(typeof data27 == "number" && isFinite(data27)) && data27 !== null) {
                const err82 = { instancePath: instancePath + "/operating/" + i0 + "/interestExpenses", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data27 };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
              if (typeof data27 == "number" && isFinite(data27)) {
                if (data27 > 1e12 || isNaN(data27)) {
                  const err83 = { instancePath: instancePath + "/operating/" + i0 + "/interestExpenses", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err83];
                  } else {
                    vErrors.push(err83);
                  }
                  errors++;
                }
                if (data27 < -1e12 || isNaN(data27)) {
                  const err84 = { instancePath: instancePath + "/operating/" + i0 + "/interestExpenses", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data27 };
                  if (vErrors === null) {
                    vErrors = [err84];
                  } else {
                    vErrors.push(err84);
                  }
                  errors++;
                }
              }
            }
            if (data17.loanRepayments !== void 0) {
              let data28 = data17.loanRepayments;
              if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
                const err85 = { instancePath: instancePath + "/operating/" + i0 + "/loanRepayments", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data28 };
                if (vErrors === null) {
                  vErrors = [err85];
                } else {
                  vErrors.push(err85);
                }
                errors++;
              }
              if (typeof data28 == "number" && isFinite(data28)) {
                if (data28 > 1e12 || isNaN(data28)) {
                  const err86 = { instancePath: instancePath + "/operating/" + i0 + "/loanRepayments", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err86];
                  } else {
                    vErrors.push(err86);
                  }
                  errors++;
                }
                if (data28 < -1e12 || isNaN(data28)) {
                  const err87 = { instancePath: instancePath + "/operating/" + i0 + "/loanRepayments", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data28 };
                  if (vErrors === null) {
                    vErrors = [err87];
                  } else {
                    vErrors.push(err87);
                  }
                  errors++;
                }
              }
            }
            if (data17.transferToInvestment !== void 0) {
              let data29 = data17.transferToInvestment;
              if (!(typeof data29 == "number" && isFinite(data29)) && data29 !== null) {
                const err88 = { instancePath: instancePath + "/operating/" + i0 + "/transferToInvestment", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data29 };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
              if (typeof data29 == "number" && isFinite(data29)) {
                if (data29 > 1e12 || isNaN(data29)) {
                  const err89 = { instancePath: instancePath + "/operating/" + i0 + "/transferToInvestment", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err89];
                  } else {
                    vErrors.push(err89);
                  }
                  errors++;
                }
                if (data29 < -1e12 || isNaN(data29)) {
                  const err90 = { instancePath: instancePath + "/operating/" + i0 + "/transferToInvestment", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data29 };
                  if (vErrors === null) {
                    vErrors = [err90];
                  } else {
                    vErrors.push(err90);
                  }
                  errors++;
                }
              }
            }
            if (data17.toRestrictedFunds !== void 0) {
              let data30 = data17.toRestrictedFunds;
              if (!(typeof data30 == "number" && isFinite(data30)) && data30 !== null) {
                const err91 = { instancePath: instancePath + "/operating/" + i0 + "/toRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data30 };
                if (vErrors === null) {
                  vErrors = [err91];
                } else {
                  vErrors.push(err91);
                }
                errors++;
              }
              if (typeof data30 == "number" && isFinite(data30)) {
                if (data30 > 1e12 || isNaN(data30)) {
                  const err92 = { instancePath: instancePath + "/operating/" + i0 + "/toRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err92];
                  } else {
                    vErrors.push(err92);
                  }
                  errors++;
                }
                if (data30 < -1e12 || isNaN(data30)) {
                  const err93 = { instancePath: instancePath + "/operating/" + i0 + "/toRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data30 };
                  if (vErrors === null) {
                    vErrors = [err93];
                  } else {
                    vErrors.push(err93);
                  }
                  errors++;
                }
              }
            }
            if (data17.fromRestrictedFunds !== void 0) {
              let data31 = data17.fromRestrictedFunds;
              if (!(typeof data31 == "number" && isFinite(data31)) && data31 !== null) {
                const err94 = { instancePath: instancePath + "/operating/" + i0 + "/fromRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data31 };
                if (vErrors === null) {
                  vErrors = [err94];
                } else {
                  vErrors.push(err94);
                }
                errors++;
              }
              if (typeof data31 == "number" && isFinite(data31)) {
                if (data31 > 1e12 || isNaN(data31)) {
                  const err95 = { instancePath: instancePath + "/operating/" + i0 + "/fromRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err95];
                  } else {
                    vErrors.push(err95);
                  }
                  errors++;
                }
                if (data31 < -1e12 || isNaN(data31)) {
                  const err96 = { instancePath: instancePath + "/operating/" + i0 + "/fromRestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data31 };
                  if (vErrors === null) {
                    vErrors = [err96];
                  } else {
                    vErrors.push(err96);
                  }
                  errors++;
                }
              }
            }
            if (data17.toUnrestrictedFunds !== void 0) {
              let data32 = data17.toUnrestrictedFunds;
              if (!(typeof data32 == "number" && isFinite(data32)) && data32 !== null) {
                const err97 = { instancePath: instancePath + "/operating/" + i0 + "/toUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data32 };
                if (vErrors === null) {
                  vErrors = [err97];
                } else {
                  vErrors.push(err97);
                }
                errors++;
              }
              if (typeof data32 == "number" && isFinite(data32)) {
                if (data32 > 1e12 || isNaN(data32)) {
                  const err98 = { instancePath: instancePath + "/operating/" + i0 + "/toUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err98];
                  } else {
                    vErrors.push(err98);
                  }
                  errors++;
                }
                if (data32 < -1e12 || isNaN(data32)) {
                  const err99 = { instancePath: instancePath + "/operating/" + i0 + "/toUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err99];
                  } else {
                    vErrors.push(err99);
                  }
                  errors++;
                }
              }
            }
            if (data17.fromUnrestrictedFunds !== void 0) {
              let data33 = data17.fromUnrestrictedFunds;
              if (!(typeof data33 == "number" && isFinite(data33)) && data33 !== null) {
                const err100 = { instancePath: instancePath + "/operating/" + i0 + "/fromUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data33 };
                if (vErrors === null) {
                  vErrors = [err100];
                } else {
                  vErrors.push(err100);
                }
                errors++;
              }
              if (typeof data33 == "number" && isFinite(data33)) {
                if (data33 > 1e12 || isNaN(data33)) {
                  const err101 = { instancePath: instancePath + "/operating/" + i0 + "/fromUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err101];
                  } else {
                    vErrors.push(err101);
                  }
                  errors++;
                }
                if (data33 < -1e12 || isNaN(data33)) {
                  const err102 = { instancePath: instancePath + "/operating/" + i0 + "/fromUnrestrictedFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data33 };
                  if (vErrors === null) {
                    vErrors = [err102];
                  } else {
                    vErrors.push(err102);
                  }
                  errors++;
                }
              }
            }
            if (data17.coverPriorDeficit !== void 0) {
              let data34 = data17.coverPriorDeficit;
              if (!(typeof data34 == "number" && isFinite(data34)) && data34 !== null) {
                const err103 = { instancePath: instancePath + "/operating/" + i0 + "/coverPriorDeficit", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data34 };
                if (vErrors === null) {
                  vErrors = [err103];
                } else {
                  vErrors.push(err103);
                }
                errors++;
              }
              if (typeof data34 == "number" && isFinite(data34)) {
                if (data34 > 1e12 || isNaN(data34)) {
                  const err104 = { instancePath: instancePath + "/operating/" + i0 + "/coverPriorDeficit", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err104];
                  } else {
                    vErrors.push(err104);
                  }
                  errors++;
                }
                if (data34 < -1e12 || isNaN(data34)) {
                  const err105 = { instancePath: instancePath + "/operating/" + i0 + "/coverPriorDeficit", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data34 };
                  if (vErrors === null) {
                    vErrors = [err105];
                  } else {
                    vErrors.push(err105);
                  }
                  errors++;
                }
              }
            }
            if (data17.totalOperatingIncome !== void 0) {
              let data35 = data17.totalOperatingIncome;
              if (!(typeof data35 == "number" && isFinite(data35)) && data35 !== null) {
                const err106 = { instancePath: instancePath + "/operating/" + i0 + "/totalOperatingIncome", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data35 };
                if (vErrors === null) {
                  vErrors = [err106];
                } else {
                  vErrors.push(err106);
                }
                errors++;
              }
              if (typeof data35 == "number" && isFinite(data35)) {
                if (data35 > 1e12 || isNaN(data35)) {
                  const err107 = { instancePath: instancePath + "/operating/" + i0 + "/totalOperatingIncome", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err107];
                  } else {
                    vErrors.push(err107);
                  }
                  errors++;
                }
                if (data35 < -1e12 || isNaN(data35)) {
                  const err108 = { instancePath: instancePath + "/operating/" + i0 + "/totalOperatingIncome", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data35 };
                  if (vErrors === null) {
                    vErrors = [err108];
                  } else {
                    vErrors.push(err108);
                  }
                  errors++;
                }
              }
            }
            if (data17.unrestrictedFundBalance !== void 0) {
              let data36 = data17.unrestrictedFundBalance;
              if (!(typeof data36 == "number" && isFinite(data36)) && data36 !== null) {
                const err109 = { instancePath: instancePath + "/operating/" + i0 + "/unrestrictedFundBalance", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data36 };
                if (vErrors === null) {
                  vErrors = [err109];
                } else {
                  vErrors.push(err109);
                }
                errors++;
              }
              if (typeof data36 == "number" && isFinite(data36)) {
                if (data36 > 1e12 || isNaN(data36)) {
                  const err110 = { instancePath: instancePath + "/operating/" + i0 + "/unrestrictedFundBalance", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err110];
                  } else {
                    vErrors.push(err110);
                  }
                  errors++;
                }
                if (data36 < -1e12 || isNaN(data36)) {
                  const err111 = { instancePath: instancePath + "/operating/" + i0 + "/unrestrictedFundBalance", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data36 };
                  if (vErrors === null) {
                    vErrors = [err111];
                  } else {
                    vErrors.push(err111);
                  }
                  errors++;
                }
              }
            }
            if (data17.netDebt !== void 0) {
              let data37 = data17.netDebt;
              if (!(typeof data37 == "number" && isFinite(data37)) && data37 !== null) {
                const err112 = { instancePath: instancePath + "/operating/" + i0 + "/netDebt", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data37 };
                if (vErrors === null) {
                  vErrors = [err112];
                } else {
                  vErrors.push(err112);
                }
                errors++;
              }
              if (typeof data37 == "number" && isFinite(data37)) {
                if (data37 > 1e12 || isNaN(data37)) {
                  const err113 = { instancePath: instancePath + "/operating/" + i0 + "/netDebt", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err113];
                  } else {
                    vErrors.push(err113);
                  }
                  errors++;
                }
                if (data37 < -1e12 || isNaN(data37)) {
                  const err114 = { instancePath: instancePath + "/operating/" + i0 + "/netDebt", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data37 };
                  if (vErrors === null) {
                    vErrors = [err114];
                  } else {
                    vErrors.push(err114);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err115 = { instancePath: instancePath + "/operating/" + i0, schemaPath: "#/properties/operating/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.operating.items.type, parentSchema: schema40.properties.operating.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err115];
            } else {
              vErrors.push(err115);
            }
            errors++;
          }
        }
      } else {
        const err116 = { instancePath: instancePath + "/operating", schemaPath: "#/properties/operating/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.operating.type, parentSchema: schema40.properties.operating, data: data16 };
        if (vErrors === null) {
          vErrors = [err116];
        } else {
          vErrors.push(err116);
        }
        errors++;
      }
    }
    if (data.frames !== void 0) {
      let data38 = data.frames;
      if (!Array.isArray(data38) && data38 !== null) {
        const err117 = { instancePath: instancePath + "/frames", schemaPath: "#/properties/frames/type", keyword: "type", params: { type: schema40.properties.frames.type }, message: "must be array,null", schema: schema40.properties.frames.type, parentSchema: schema40.properties.frames, data: data38 };
        if (vErrors === null) {
          vErrors = [err117];
        } else {
          vErrors.push(err117);
        }
        errors++;
      }
      if (Array.isArray(data38)) {
        const len1 = data38.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data39 = data38[i1];
          if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
            if (data39.unit === void 0) {
              const err118 = { instancePath: instancePath + "/frames/" + i1, schemaPath: "#/properties/frames/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema40.properties.frames.items.required, parentSchema: schema40.properties.frames.items, data: data39 };
              if (vErrors === null) {
                vErrors = [err118];
              } else {
                vErrors.push(err118);
              }
              errors++;
            }
            for (const key6 in data39) {
              if (!(key6 === "unit" || key6 === "base" || key6 === "changes" || key6 === "description" || pattern4.test(key6))) {
                const err119 = { instancePath: instancePath + "/frames/" + i1, schemaPath: "#/properties/frames/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.frames.items, data: data39 };
                if (vErrors === null) {
                  vErrors = [err119];
                } else {
                  vErrors.push(err119);
                }
                errors++;
              }
            }
            if (data39.unit !== void 0) {
              let data40 = data39.unit;
              if (typeof data40 === "string") {
                if (!pattern5.test(data40)) {
                  const err120 = { instancePath: instancePath + "/frames/" + i1 + "/unit", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data40 };
                  if (vErrors === null) {
                    vErrors = [err120];
                  } else {
                    vErrors.push(err120);
                  }
                  errors++;
                }
              } else {
                const err121 = { instancePath: instancePath + "/frames/" + i1 + "/unit", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data40 };
                if (vErrors === null) {
                  vErrors = [err121];
                } else {
                  vErrors.push(err121);
                }
                errors++;
              }
            }
            if (data39.base !== void 0) {
              let data41 = data39.base;
              if (!(typeof data41 == "number" && isFinite(data41)) && data41 !== null) {
                const err122 = { instancePath: instancePath + "/frames/" + i1 + "/base", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data41 };
                if (vErrors === null) {
                  vErrors = [err122];
                } else {
                  vErrors.push(err122);
                }
                errors++;
              }
              if (typeof data41 == "number" && isFinite(data41)) {
                if (data41 > 1e12 || isNaN(data41)) {
                  const err123 = { instancePath: instancePath + "/frames/" + i1 + "/base", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err123];
                  } else {
                    vErrors.push(err123);
                  }
                  errors++;
                }
                if (data41 < -1e12 || isNaN(data41)) {
                  const err124 = { instancePath: instancePath + "/frames/" + i1 + "/base", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data41 };
                  if (vErrors === null) {
                    vErrors = [err124];
                  } else {
                    vErrors.push(err124);
                  }
                  errors++;
                }
              }
            }
            if (data39.changes !== void 0) {
              let data42 = data39.changes;
              if (!Array.isArray(data42) && data42 !== null) {
                const err125 = { instancePath: instancePath + "/frames/" + i1 + "/changes", schemaPath: "#/properties/frames/items/properties/changes/type", keyword: "type", params: { type: schema40.properties.frames.items.properties.changes.type }, message: "must be array,null", schema: schema40.properties.frames.items.properties.changes.type, parentSchema: schema40.properties.frames.items.properties.changes, data: data42 };
                if (vErrors === null) {
                  vErrors = [err125];
                } else {
                  vErrors.push(err125);
                }
                errors++;
              }
              if (Array.isArray(data42)) {
                const len2 = data42.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data43 = data42[i2];
                  if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                    if (data43.id === void 0) {
                      const err126 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2, schemaPath: "#/properties/frames/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.properties.frames.items.properties.changes.items.required, parentSchema: schema40.properties.frames.items.properties.changes.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err126];
                      } else {
                        vErrors.push(err126);
                      }
                      errors++;
                    }
                    if (data43.title === void 0) {
                      const err127 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2, schemaPath: "#/properties/frames/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema40.properties.frames.items.properties.changes.items.required, parentSchema: schema40.properties.frames.items.properties.changes.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err127];
                      } else {
                        vErrors.push(err127);
                      }
                      errors++;
                    }
                    if (data43.amounts === void 0) {
                      const err128 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2, schemaPath: "#/properties/frames/items/properties/changes/items/required", keyword: "required", params: { missingProperty: "amounts" }, message: "must have required property 'amounts'", schema: schema40.properties.frames.items.properties.changes.items.required, parentSchema: schema40.properties.frames.items.properties.changes.items, data: data43 };
                      if (vErrors === null) {
                        vErrors = [err128];
                      } else {
                        vErrors.push(err128);
                      }
                      errors++;
                    }
                    for (const key7 in data43) {
                      if (!(key7 === "id" || key7 === "title" || key7 === "type" || key7 === "amounts" || key7 === "description" || pattern4.test(key7))) {
                        const err129 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2, schemaPath: "#/properties/frames/items/properties/changes/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.frames.items.properties.changes.items, data: data43 };
                        if (vErrors === null) {
                          vErrors = [err129];
                        } else {
                          vErrors.push(err129);
                        }
                        errors++;
                      }
                    }
                    if (data43.id !== void 0) {
                      let data44 = data43.id;
                      if (typeof data44 === "string") {
                        if (!pattern5.test(data44)) {
                          const err130 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data44 };
                          if (vErrors === null) {
                            vErrors = [err130];
                          } else {
                            vErrors.push(err130);
                          }
                          errors++;
                        }
                      } else {
                        const err131 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data44 };
                        if (vErrors === null) {
                          vErrors = [err131];
                        } else {
                          vErrors.push(err131);
                        }
                        errors++;
                      }
                    }
                    if (data43.title !== void 0) {
                      let data45 = data43.title;
                      if (typeof data45 !== "string") {
                        const err132 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/title", schemaPath: "#/properties/frames/items/properties/changes/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.frames.items.properties.changes.items.properties.title.type, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.title, data: data45 };
                        if (vErrors === null) {
                          vErrors = [err132];
                        } else {
                          vErrors.push(err132);
                        }
                        errors++;
                      }
                    }
                    if (data43.type !== void 0) {
                      let data46 = data43.type;
                      if (typeof data46 !== "string" && data46 !== null) {
                        const err133 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/type", schemaPath: "#/properties/frames/items/properties/changes/items/properties/type/type", keyword: "type", params: { type: schema40.properties.frames.items.properties.changes.items.properties.type.type }, message: "must be string,null", schema: schema40.properties.frames.items.properties.changes.items.properties.type.type, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.type, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err133];
                        } else {
                          vErrors.push(err133);
                        }
                        errors++;
                      }
                      if (!(data46 === "technical" || data46 === "demography" || data46 === "price" || data46 === "political" || data46 === "saving" || data46 === "other" || data46 === null)) {
                        const err134 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/type", schemaPath: "#/properties/frames/items/properties/changes/items/properties/type/enum", keyword: "enum", params: { allowedValues: schema40.properties.frames.items.properties.changes.items.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.frames.items.properties.changes.items.properties.type.enum, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.type, data: data46 };
                        if (vErrors === null) {
                          vErrors = [err134];
                        } else {
                          vErrors.push(err134);
                        }
                        errors++;
                      }
                    }
                    if (data43.amounts !== void 0) {
                      let data47 = data43.amounts;
                      if (Array.isArray(data47)) {
                        const len3 = data47.length;
                        for (let i3 = 0; i3 < len3; i3++) {
                          let data48 = data47[i3];
                          if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                            if (data48.year === void 0) {
                              const err135 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3, schemaPath: "#/properties/frames/items/properties/changes/items/properties/amounts/items/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items.required, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err135];
                              } else {
                                vErrors.push(err135);
                              }
                              errors++;
                            }
                            if (data48.amount === void 0) {
                              const err136 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3, schemaPath: "#/properties/frames/items/properties/changes/items/properties/amounts/items/required", keyword: "required", params: { missingProperty: "amount" }, message: "must have required property 'amount'", schema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items.required, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items, data: data48 };
                              if (vErrors === null) {
                                vErrors = [err136];
                              } else {
                                vErrors.push(err136);
                              }
                              errors++;
                            }
                            for (const key8 in data48) {
                              if (!(key8 === "year" || key8 === "amount" || pattern4.test(key8))) {
                                const err137 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3, schemaPath: "#/properties/frames/items/properties/changes/items/properties/amounts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items, data: data48 };
                                if (vErrors === null) {
                                  vErrors = [err137];
                                } else {
                                  vErrors.push(err137);
                                }
                                errors++;
                              }
                            }
                            if (data48.year !== void 0) {
                              let data49 = data48.year;
                              if (!(typeof data49 == "number" && (!(data49 % 1) && !isNaN(data49)) && isFinite(data49))) {
                                const err138 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/year", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data49 };
                                if (vErrors === null) {
                                  vErrors = [err138];
                                } else {
                                  vErrors.push(err138);
                                }
                                errors++;
                              }
                              if (typeof data49 == "number" && isFinite(data49)) {
                                if (data49 > 2200 || isNaN(data49)) {
                                  const err139 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/year", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data49 };
                                  if (vErrors === null) {
                                    vErrors = [err139];
                                  } else {
                                    vErrors.push(err139);
                                  }
                                  errors++;
                                }
                                if (data49 < 1900 || isNaN(data49)) {
                                  const err140 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/year", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data49 };
                                  if (vErrors === null) {
                                    vErrors = [err140];
                                  } else {
                                    vErrors.push(err140);
                                  }
                                  errors++;
                                }
                              }
                            }
                            if (data48.amount !== void 0) {
                              let data50 = data48.amount;
                              if (!(typeof data50 == "number" && isFinite(data50)) && data50 !== null) {
                                const err141 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/amount", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data50 };
                                if (vErrors === null) {
                                  vErrors = [err141];
                                } else {
                                  vErrors.push(err141);
                                }
                                errors++;
                              }
                              if (typeof data50 == "number" && isFinite(data50)) {
                                if (data50 > 1e12 || isNaN(data50)) {
                                  const err142 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/amount", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data50 };
                                  if (vErrors === null) {
                                    vErrors = [err142];
                                  } else {
                                    vErrors.push(err142);
                                  }
                                  errors++;
                                }
                                if (data50 < -1e12 || isNaN(data50)) {
                                  const err143 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3 + "/amount", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data50 };
                                  if (vErrors === null) {
                                    vErrors = [err143];
                                  } else {
                                    vErrors.push(err143);
                                  }
                                  errors++;
                                }
                              }
                            }
                          } else {
                            const err144 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts/" + i3, schemaPath: "#/properties/frames/items/properties/changes/items/properties/amounts/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items.type, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.amounts.items, data: data48 };
                            if (vErrors === null) {
                              vErrors = [err144];
                            } else {
                              vErrors.push(err144);
                            }
                            errors++;
                          }
                        }
                      } else {
                        const err145 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/amounts", schemaPath: "#/properties/frames/items/properties/changes/items/properties/amounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.frames.items.properties.changes.items.properties.amounts.type, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.amounts, data: data47 };
                        if (vErrors === null) {
                          vErrors = [err145];
                        } else {
                          vErrors.push(err145);
                        }
                        errors++;
                      }
                    }
                    if (data43.description !== void 0) {
                      let data51 = data43.description;
                      if (typeof data51 !== "string" && data51 !== null) {
                        const err146 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2 + "/description", schemaPath: "#/properties/frames/items/properties/changes/items/properties/description/type", keyword: "type", params: { type: schema40.properties.frames.items.properties.changes.items.properties.description.type }, message: "must be string,null", schema: schema40.properties.frames.items.properties.changes.items.properties.description.type, parentSchema: schema40.properties.frames.items.properties.changes.items.properties.description, data: data51 };
                        if (vErrors === null) {
                          vErrors = [err146];
                        } else {
                          vErrors.push(err146);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err147 = { instancePath: instancePath + "/frames/" + i1 + "/changes/" + i2, schemaPath: "#/properties/frames/items/properties/changes/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.frames.items.properties.changes.items.type, parentSchema: schema40.properties.frames.items.properties.changes.items, data: data43 };
                    if (vErrors === null) {
                      vErrors = [err147];
                    } else {
                      vErrors.push(err147);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data39.description !== void 0) {
              let data52 = data39.description;
              if (typeof data52 !== "string" && data52 !== null) {
                const err148 = { instancePath: instancePath + "/frames/" + i1 + "/description", schemaPath: "#/properties/frames/items/properties/description/type", keyword: "type", params: { type: schema40.properties.frames.items.properties.description.type }, message: "must be string,null", schema: schema40.properties.frames.items.properties.description.type, parentSchema: schema40.properties.frames.items.properties.description, data: data52 };
                if (vErrors === null) {
                  vErrors = [err148];
                } else {
                  vErrors.push(err148);
                }
                errors++;
              }
            }
          } else {
            const err149 = { instancePath: instancePath + "/frames/" + i1, schemaPath: "#/properties/frames/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.frames.items.type, parentSchema: schema40.properties.frames.items, data: data39 };
            if (vErrors === null) {
              vErrors = [err149];
            } else {
              vErrors.push(err149);
            }
            errors++;
          }
        }
      }
    }
    if (data.investment !== void 0) {
      let data53 = data.investment;
      if (Array.isArray(data53)) {
        const len4 = data53.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data54 = data53[i4];
          if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
            if (data54.year === void 0) {
              const err150 = { instancePath: instancePath + "/investment/" + i4, schemaPath: "#/properties/investment/items/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema40.properties.investment.items.required, parentSchema: schema40.properties.investment.items, data: data54 };
              if (vErrors === null) {
                vErrors = [err150];
              } else {
                vErrors.push(err150);
              }
              errors++;
            }
            for (const key9 in data54) {
              if (!(func1.call(schema40.properties.investment.items.properties, key9) || pattern4.test(key9))) {
                const err151 = { instancePath: instancePath + "/investment/" + i4, schemaPath: "#/properties/investment/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.investment.items, data: data54 };
                if (vErrors === null) {
                  vErrors = [err151];
                } else {
                  vErrors.push(err151);
                }
                errors++;
              }
            }
            if (data54.year !== void 0) {
              let data55 = data54.year;
              if (!(typeof data55 == "number" && (!(data55 % 1) && !isNaN(data55)) && isFinite(data55))) {
                const err152 = { instancePath: instancePath + "/investment/" + i4 + "/year", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data55 };
                if (vErrors === null) {
                  vErrors = [err152];
                } else {
                  vErrors.push(err152);
                }
                errors++;
              }
              if (typeof data55 == "number" && isFinite(data55)) {
                if (data55 > 2200 || isNaN(data55)) {
                  const err153 = { instancePath: instancePath + "/investment/" + i4 + "/year", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err153];
                  } else {
                    vErrors.push(err153);
                  }
                  errors++;
                }
                if (data55 < 1900 || isNaN(data55)) {
                  const err154 = { instancePath: instancePath + "/investment/" + i4 + "/year", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data55 };
                  if (vErrors === null) {
                    vErrors = [err154];
                  } else {
                    vErrors.push(err154);
                  }
                  errors++;
                }
              }
            }
            if (data54.otherInvestments !== void 0) {
              let data56 = data54.otherInvestments;
              if (!(typeof data56 == "number" && isFinite(data56)) && data56 !== null) {
                const err155 = { instancePath: instancePath + "/investment/" + i4 + "/otherInvestments", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data56 };
                if (vErrors === null) {
                  vErrors = [err155];
                } else {
                  vErrors.push(err155);
                }
                errors++;
              }
              if (typeof data56 == "number" && isFinite(data56)) {
                if (data56 > 1e12 || isNaN(data56)) {
                  const err156 = { instancePath: instancePath + "/investment/" + i4 + "/otherInvestments", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err156];
                  } else {
                    vErrors.push(err156);
                  }
                  errors++;
                }
                if (data56 < -1e12 || isNaN(data56)) {
                  const err157 = { instancePath: instancePath + "/investment/" + i4 + "/otherInvestments", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data56 };
                  if (vErrors === null) {
                    vErrors = [err157];
                  } else {
                    vErrors.push(err157);
                  }
                  errors++;
                }
              }
            }
            if (data54.grantsToOthers !== void 0) {
              let data57 = data54.grantsToOthers;
              if (!(typeof data57 == "number" && isFinite(data57)) && data57 !== null) {
                const err158 = { instancePath: instancePath + "/investment/" + i4 + "/grantsToOthers", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data57 };
                if (vErrors === null) {
                  vErrors = [err158];
                } else {
                  vErrors.push(err158);
                }
                errors++;
              }
              if (typeof data57 == "number" && isFinite(data57)) {
                if (data57 > 1e12 || isNaN(data57)) {
                  const err159 = { instancePath: instancePath + "/investment/" + i4 + "/grantsToOthers", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err159];
                  } else {
                    vErrors.push(err159);
                  }
                  errors++;
                }
                if (data57 < -1e12 || isNaN(data57)) {
                  const err160 = { instancePath: instancePath + "/investment/" + i4 + "/grantsToOthers", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data57 };
                  if (vErrors === null) {
                    vErrors = [err160];
                  } else {
                    vErrors.push(err160);
                  }
                  errors++;
                }
              }
            }
            if (data54.shares !== void 0) {
              let data58 = data54.shares;
              if (!(typeof data58 == "number" && isFinite(data58)) && data58 !== null) {
                const err161 = { instancePath: instancePath + "/investment/" + i4 + "/shares", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data58 };
                if (vErrors === null) {
                  vErrors = [err161];
                } else {
                  vErrors.push(err161);
                }
                errors++;
              }
              if (typeof data58 == "number" && isFinite(data58)) {
                if (data58 > 1e12 || isNaN(data58)) {
                  const err162 = { instancePath: instancePath + "/investment/" + i4 + "/shares", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err162];
                  } else {
                    vErrors.push(err162);
                  }
                  errors++;
                }
                if (data58 < -1e12 || isNaN(data58)) {
                  const err163 = { instancePath: instancePath + "/investment/" + i4 + "/shares", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data58 };
                  if (vErrors === null) {
                    vErrors = [err163];
                  } else {
                    vErrors.push(err163);
                  }
                  errors++;
                }
              }
            }
            if (data54.lending !== void 0) {
              let data59 = data54.lending;
              if (!(typeof data59 == "number" && isFinite(data59)) && data59 !== null) {
                const err164 = { instancePath: instancePath + "/investment/" + i4 + "/lending", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data59 };
                if (vErrors === null) {
                  vErrors = [err164];
                } else {
                  vErrors.push(err164);
                }
                errors++;
              }
              if (typeof data59 == "number" && isFinite(data59)) {
                if (data59 > 1e12 || isNaN(data59)) {
                  const err165 = { instancePath: instancePath + "/investment/" + i4 + "/lending", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err165];
                  } else {
                    vErrors.push(err165);
                  }
                  errors++;
                }
                if (data59 < -1e12 || isNaN(data59)) {
                  const err166 = { instancePath: instancePath + "/investment/" + i4 + "/lending", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data59 };
                  if (vErrors === null) {
                    vErrors = [err166];
                  } else {
                    vErrors.push(err166);
                  }
                  errors++;
                }
              }
            }
            if (data54.vatCompensation !== void 0) {
              let data60 = data54.vatCompensation;
              if (!(typeof data60 == "number" && isFinite(data60)) && data60 !== null) {
                const err167 = { instancePath: instancePath + "/investment/" + i4 + "/vatCompensation", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data60 };
                if (vErrors === null) {
                  vErrors = [err167];
                } else {
                  vErrors.push(err167);
                }
                errors++;
              }
              if (typeof data60 == "number" && isFinite(data60)) {
                if (data60 > 1e12 || isNaN(data60)) {
                  const err168 = { instancePath: instancePath + "/investment/" + i4 + "/vatCompensation", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err168];
                  } else {
                    vErrors.push(err168);
                  }
                  errors++;
                }
                if (data60 < -1e12 || isNaN(data60)) {
                  const err169 = { instancePath: instancePath + "/investment/" + i4 + "/vatCompensation", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data60 };
                  if (vErrors === null) {
                    vErrors = [err169];
                  } else {
                    vErrors.push(err169);
                  }
                  errors++;
                }
              }
            }
            if (data54.grants !== void 0) {
              let data61 = data54.grants;
              if (!(typeof data61 == "number" && isFinite(data61)) && data61 !== null) {
                const err170 = { instancePath: instancePath + "/investment/" + i4 + "/grants", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data61 };
                if (vErrors === null) {
                  vErrors = [err170];
                } else {
                  vErrors.push(err170);
                }
                errors++;
              }
              if (typeof data61 == "number" && isFinite(data61)) {
                if (data61 > 1e12 || isNaN(data61)) {
                  const err171 = { instancePath: instancePath + "/investment/" + i4 + "/grants", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err171];
                  } else {
                    vErrors.push(err171);
                  }
                  errors++;
                }
                if (data61 < -1e12 || isNaN(data61)) {
                  const err172 = { instancePath: instancePath + "/investment/" + i4 + "/grants", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data61 };
                  if (vErrors === null) {
                    vErrors = [err172];
                  } else {
                    vErrors.push(err172);
                  }
                  errors++;
                }
              }
            }
            if (data54.assetSales !== void 0) {
              let data62 = data54.assetSales;
              if (!(typeof data62 == "number" && isFinite(data62)) && data62 !== null) {
                const err173 = { instancePath: instancePath + "/investment/" + i4 + "/assetSales", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data62 };
                if (vErrors === null) {
                  vErrors = [err173];
                } else {
                  vErrors.push(err173);
                }
                errors++;
              }
              if (typeof data62 == "number" && isFinite(data62)) {
                if (data62 > 1e12 || isNaN(data62)) {
                  const err174 = { instancePath: instancePath + "/investment/" + i4 + "/assetSales", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err174];
                  } else {
                    vErrors.push(err174);
                  }
                  errors++;
                }
                if (data62 < -1e12 || isNaN(data62)) {
                  const err175 = { instancePath: instancePath + "/investment/" + i4 + "/assetSales", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data62 };
                  if (vErrors === null) {
                    vErrors = [err175];
                  } else {
                    vErrors.push(err175);
                  }
                  errors++;
                }
              }
            }
            if (data54.borrowing !== void 0) {
              let data63 = data54.borrowing;
              if (!(typeof data63 == "number" && isFinite(data63)) && data63 !== null) {
                const err176 = { instancePath: instancePath + "/investment/" + i4 + "/borrowing", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data63 };
                if (vErrors === null) {
                  vErrors = [err176];
                } else {
                  vErrors.push(err176);
                }
                errors++;
              }
              if (typeof data63 == "number" && isFinite(data63)) {
                if (data63 > 1e12 || isNaN(data63)) {
                  const err177 = { instancePath: instancePath + "/investment/" + i4 + "/borrowing", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err177];
                  } else {
                    vErrors.push(err177);
                  }
                  errors++;
                }
                if (data63 < -1e12 || isNaN(data63)) {
                  const err178 = { instancePath: instancePath + "/investment/" + i4 + "/borrowing", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data63 };
                  if (vErrors === null) {
                    vErrors = [err178];
                  } else {
                    vErrors.push(err178);
                  }
                  errors++;
                }
              }
            }
            if (data54.transferFromOperating !== void 0) {
              let data64 = data54.transferFromOperating;
              if (!(typeof data64 == "number" && isFinite(data64)) && data64 !== null) {
                const err179 = { instancePath: instancePath + "/investment/" + i4 + "/transferFromOperating", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data64 };
                if (vErrors === null) {
                  vErrors = [err179];
                } else {
                  vErrors.push(err179);
                }
                errors++;
              }
              if (typeof data64 == "number" && isFinite(data64)) {
                if (data64 > 1e12 || isNaN(data64)) {
                  const err180 = { instancePath: instancePath + "/investment/" + i4 + "/transferFromOperating", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err180];
                  } else {
                    vErrors.push(err180);
                  }
                  errors++;
                }
                if (data64 < -1e12 || isNaN(data64)) {
                  const err181 = { instancePath: instancePath + "/investment/" + i4 + "/transferFromOperating", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data64 };
                  if (vErrors === null) {
                    vErrors = [err181];
                  } else {
                    vErrors.push(err181);
                  }
                  errors++;
                }
              }
            }
            if (data54.toInvestmentFunds !== void 0) {
              let data65 = data54.toInvestmentFunds;
              if (!(typeof data65 == "number" && isFinite(data65)) && data65 !== null) {
                const err182 = { instancePath: instancePath + "/investment/" + i4 + "/toInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data65 };
                if (vErrors === null) {
                  vErrors = [err182];
                } else {
                  vErrors.push(err182);
                }
                errors++;
              }
              if (typeof data65 == "number" && isFinite(data65)) {
                if (data65 > 1e12 || isNaN(data65)) {
                  const err183 = { instancePath: instancePath + "/investment/" + i4 + "/toInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err183];
                  } else {
                    vErrors.push(err183);
                  }
                  errors++;
                }
                if (data65 < -1e12 || isNaN(data65)) {
                  const err184 = { instancePath: instancePath + "/investment/" + i4 + "/toInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data65 };
                  if (vErrors === null) {
                    vErrors = [err184];
                  } else {
                    vErrors.push(err184);
                  }
                  errors++;
                }
              }
            }
            if (data54.fromInvestmentFunds !== void 0) {
              let data66 = data54.fromInvestmentFunds;
              if (!(typeof data66 == "number" && isFinite(data66)) && data66 !== null) {
                const err185 = { instancePath: instancePath + "/investment/" + i4 + "/fromInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data66 };
                if (vErrors === null) {
                  vErrors = [err185];
                } else {
                  vErrors.push(err185);
                }
                errors++;
              }
              if (typeof data66 == "number" && isFinite(data66)) {
                if (data66 > 1e12 || isNaN(data66)) {
                  const err186 = { instancePath: instancePath + "/investment/" + i4 + "/fromInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err186];
                  } else {
                    vErrors.push(err186);
                  }
                  errors++;
                }
                if (data66 < -1e12 || isNaN(data66)) {
                  const err187 = { instancePath: instancePath + "/investment/" + i4 + "/fromInvestmentFunds", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data66 };
                  if (vErrors === null) {
                    vErrors = [err187];
                  } else {
                    vErrors.push(err187);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err188 = { instancePath: instancePath + "/investment/" + i4, schemaPath: "#/properties/investment/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.investment.items.type, parentSchema: schema40.properties.investment.items, data: data54 };
            if (vErrors === null) {
              vErrors = [err188];
            } else {
              vErrors.push(err188);
            }
            errors++;
          }
        }
      } else {
        const err189 = { instancePath: instancePath + "/investment", schemaPath: "#/properties/investment/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.investment.type, parentSchema: schema40.properties.investment, data: data53 };
        if (vErrors === null) {
          vErrors = [err189];
        } else {
          vErrors.push(err189);
        }
        errors++;
      }
    }
  } else {
    const err190 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err190];
    } else {
      vErrors.push(err190);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Calendar = validate25;
var schema84 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/calendar.schema.json", "title": "Calendar", "description": "Calendar (årshjul): the yearly cycle of political, budget, reporting and planning events, plus one-off events.", "type": "object", "required": ["kind", "id", "title", "events"], "properties": { "kind": { "description": 'Document kind; always "Calendar".', "const": "Calendar" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the calendar (tittel).", "type": "string" }, "events": { "type": "array", "description": "Events (hendelser) in the årshjul. Each event has either date (one-off) or month (yearly); that is checked by a repository rule.", "items": { "type": "object", "description": "An event (hendelse) in the årshjul.", "required": ["id", "title", "category"], "properties": { "id": { "description": "Event id, unique within the calendar.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the event (tittel).", "type": "string" }, "category": { "description": "Category (kategori): political (politisk), budget (budsjett), reporting (rapportering), planning (planlegging), deadline (frist), people (medarbeidere) or other (annet).", "enum": ["political", "budget", "reporting", "planning", "deadline", "people", "other"] }, "month": { "type": ["integer", "null"], "minimum": 1, "maximum": 12, "description": "Month (måned) of a yearly event, 1–12." }, "day": { "type": ["integer", "null"], "minimum": 1, "maximum": 31, "description": "Day of the month (dag) of a yearly event; leave out for the whole month." }, "councilYear": { "type": ["integer", "null"], "minimum": 1, "maximum": 4, "description": "Year of the council period (år i valgperioden), 1–4, in which a yearly event takes place; year 1 is the first calendar year after the election year." }, "date": { "description": "Date (dato) of a one-off event.", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "end": { "description": "Last date (sluttdato) of a one-off event spanning several days.", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "before": { "description": "Place the event a number of days before another event (relativ plassering), e.g. a statutory deadline 14 days before the council's December meeting. In each year the other event occurs, this event falls `days` days before its first day; in other years its own month/day or date, if any, applies.", "type": ["object", "null"], "required": ["event", "days"], "additionalProperties": false, "properties": { "event": { "description": "Id of the other event: in the same calendar, else in any calendar of the repository.", "$ref": "common.schema.json#/$defs/id" }, "days": { "description": "Days before the other event's first day (dager før), 0–366.", "type": "integer", "minimum": 0, "maximum": 366 } } }, "body": { "type": ["string", "null"], "description": "Body (organ) responsible for or meeting at the event, e.g. Kommunestyret." }, "legalBasis": { "type": ["string", "null"], "description": "Legal basis (hjemmel) for the event, e.g. plan- og bygningsloven § 10-1." }, "relatesTo": { "description": "Id of any document (dokument) the event relates to.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the event." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.events === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "title" || key0 === "events" || key0 === "description" || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Calendar" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Calendar" }, message: "must be equal to constant", schema: "Calendar", parentSchema: schema84.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.title.type, parentSchema: schema84.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.events !== void 0) {
      let data3 = data.events;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
            if (data4.id === void 0) {
              const err9 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema84.properties.events.items.required, parentSchema: schema84.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.title === void 0) {
              const err10 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema84.properties.events.items.required, parentSchema: schema84.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.category === void 0) {
              const err11 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema84.properties.events.items.required, parentSchema: schema84.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(func1.call(schema84.properties.events.items.properties, key1) || pattern4.test(key1))) {
                const err12 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.events.items, data: data4 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data4.id !== void 0) {
              let data5 = data4.id;
              if (typeof data5 === "string") {
                if (!pattern5.test(data5)) {
                  const err13 = { instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data5 };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = { instancePath: instancePath + "/events/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
            if (data4.title !== void 0) {
              let data6 = data4.title;
              if (typeof data6 !== "string") {
                const err15 = { instancePath: instancePath + "/events/" + i0 + "/title", schemaPath: "#/properties/events/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.events.items.properties.title.type, parentSchema: schema84.properties.events.items.properties.title, data: data6 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
            if (data4.category !== void 0) {
              let data7 = data4.category;
              if (!(data7 === "political" || data7 === "budget" || data7 === "reporting" || data7 === "planning" || data7 === "deadline" || data7 === "people" || data7 === "other")) {
                const err16 = { instancePath: instancePath + "/events/" + i0 + "/category", schemaPath: "#/properties/events/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema84.properties.events.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema84.properties.events.items.properties.category.enum, parentSchema: schema84.properties.events.items.properties.category, data: data7 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data4.month !== void 0) {
              let data8 = data4.month;
              if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8)) && data8 !== null) {
                const err17 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/type", keyword: "type", params: { type: schema84.properties.events.items.properties.month.type }, message: "must be integer,null", schema: schema84.properties.events.items.properties.month.type, parentSchema: schema84.properties.events.items.properties.month, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 12 || isNaN(data8)) {
                  const err18 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12", schema: 12, parentSchema: schema84.properties.events.items.properties.month, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data8 < 1 || isNaN(data8)) {
                  const err19 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema84.properties.events.items.properties.month, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err19];
                  } else {
                    vErrors.push(err19);
                  }
                  errors++;
                }
              }
            }
            if (data4.day !== void 0) {
              let data9 = data4.day;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9)) && data9 !== null) {
                const err20 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/type", keyword: "type", params: { type: schema84.properties.events.items.properties.day.type }, message: "must be integer,null", schema: schema84.properties.events.items.properties.day.type, parentSchema: schema84.properties.events.items.properties.day, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 31 || isNaN(data9)) {
                  const err21 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31 }, message: "must be <= 31", schema: 31, parentSchema: schema84.properties.events.items.properties.day, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema84.properties.events.items.properties.day, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err22];
                  } else {
                    vErrors.push(err22);
                  }
                  errors++;
                }
              }
            }
            if (data4.councilYear !== void 0) {
              let data10 = data4.councilYear;
              if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10)) && data10 !== null) {
                const err23 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/type", keyword: "type", params: { type: schema84.properties.events.items.properties.councilYear.type }, message: "must be integer,null", schema: schema84.properties.events.items.properties.councilYear.type, parentSchema: schema84.properties.events.items.properties.councilYear, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 4 || isNaN(data10)) {
                  const err24 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema84.properties.events.items.properties.councilYear, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data10 < 1 || isNaN(data10)) {
                  const err25 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema84.properties.events.items.properties.councilYear, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data4.date !== void 0) {
              let data11 = data4.date;
              const _errs26 = errors;
              let valid6 = false;
              const _errs27 = errors;
              if (typeof data11 === "string") {
                if (!formats0.validate(data11)) {
                  const err26 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
              var _valid0 = _errs27 === errors;
              valid6 = valid6 || _valid0;
              const _errs30 = errors;
              if (data11 !== null) {
                const err28 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "#/properties/events/items/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema84.properties.events.items.properties.date.anyOf[1].type, parentSchema: schema84.properties.events.items.properties.date.anyOf[1], data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
              var _valid0 = _errs30 === errors;
              valid6 = valid6 || _valid0;
              if (!valid6) {
                const err29 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "#/properties/events/items/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema84.properties.events.items.properties.date.anyOf, parentSchema: schema84.properties.events.items.properties.date, data: data11 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              } else {
                errors = _errs26;
                if (vErrors !== null) {
                  if (_errs26) {
                    vErrors.length = _errs26;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.end !== void 0) {
              let data12 = data4.end;
              const _errs33 = errors;
              let valid8 = false;
              const _errs34 = errors;
              if (typeof data12 === "string") {
                if (!formats0.validate(data12)) {
                  const err30 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err30];
                  } else {
                    vErrors.push(err30);
                  }
                  errors++;
                }
              } else {
                const err31 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              var _valid1 = _errs34 === errors;
              valid8 = valid8 || _valid1;
              const _errs37 = errors;
              if (data12 !== null) {
                const err32 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "#/properties/events/items/properties/end/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema84.properties.events.items.properties.end.anyOf[1].type, parentSchema: schema84.properties.events.items.properties.end.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              var _valid1 = _errs37 === errors;
              valid8 = valid8 || _valid1;
              if (!valid8) {
                const err33 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "#/properties/events/items/properties/end/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema84.properties.events.items.properties.end.anyOf, parentSchema: schema84.properties.events.items.properties.end, data: data12 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              } else {
                errors = _errs33;
                if (vErrors !== null) {
                  if (_errs33) {
                    vErrors.length = _errs33;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.before !== void 0) {
              let data13 = data4.before;
              if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
                const err34 = { instancePath: instancePath + "/events/" + i0 + "/before", schemaPath: "#/properties/events/items/properties/before/type", keyword: "type", params: { type: schema84.properties.events.items.properties.before.type }, message: "must be object,null", schema: schema84.properties.events.items.properties.before.type, parentSchema: schema84.properties.events.items.properties.before, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                if (data13.event === void 0) {
                  const err35 = { instancePath: instancePath + "/events/" + i0 + "/before", schemaPath: "#/properties/events/items/properties/before/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property 'event'", schema: schema84.properties.events.items.properties.before.required, parentSchema: schema84.properties.events.items.properties.before, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data13.days === void 0) {
                  const err36 = { instancePath: instancePath + "/events/" + i0 + "/before", schemaPath: "#/properties/events/items/properties/before/required", keyword: "required", params: { missingProperty: "days" }, message: "must have required property 'days'", schema: schema84.properties.events.items.properties.before.required, parentSchema: schema84.properties.events.items.properties.before, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
                for (const key2 in data13) {
                  if (!(key2 === "event" || key2 === "days")) {
                    const err37 = { instancePath: instancePath + "/events/" + i0 + "/before", schemaPath: "#/properties/events/items/properties/before/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84.properties.events.items.properties.before, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err37];
                    } else {
                      vErrors.push(err37);
                    }
                    errors++;
                  }
                }
                if (data13.event !== void 0) {
                  let data14 = data13.event;
                  if (typeof data14 === "string") {
                    if (!pattern5.test(data14)) {
                      const err38 = { instancePath: instancePath + "/events/" + i0 + "/before/event", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data14 };
                      if (vErrors === null) {
                        vErrors = [err38];
                      } else {
                        vErrors.push(err38);
                      }
                      errors++;
                    }
                  } else {
                    const err39 = { instancePath: instancePath + "/events/" + i0 + "/before/event", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err39];
                    } else {
                      vErrors.push(err39);
                    }
                    errors++;
                  }
                }
                if (data13.days !== void 0) {
                  let data15 = data13.days;
                  if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                    const err40 = { instancePath: instancePath + "/events/" + i0 + "/before/days", schemaPath: "#/properties/events/items/properties/before/properties/days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema84.properties.events.items.properties.before.properties.days.type, parentSchema: schema84.properties.events.items.properties.before.properties.days, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 > 366 || isNaN(data15)) {
                      const err41 = { instancePath: instancePath + "/events/" + i0 + "/before/days", schemaPath: "#/properties/events/items/properties/before/properties/days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 366 }, message: "must be <= 366", schema: 366, parentSchema: schema84.properties.events.items.properties.before.properties.days, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err41];
                      } else {
                        vErrors.push(err41);
                      }
                      errors++;
                    }
                    if (data15 < 0 || isNaN(data15)) {
                      const err42 = { instancePath: instancePath + "/events/" + i0 + "/before/days", schemaPath: "#/properties/events/items/properties/before/properties/days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema84.properties.events.items.properties.before.properties.days, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                }
              }
            }
            if (data4.body !== void 0) {
              let data16 = data4.body;
              if (typeof data16 !== "string" && data16 !== null) {
                const err43 = { instancePath: instancePath + "/events/" + i0 + "/body", schemaPath: "#/properties/events/items/properties/body/type", keyword: "type", params: { type: schema84.properties.events.items.properties.body.type }, message: "must be string,null", schema: schema84.properties.events.items.properties.body.type, parentSchema: schema84.properties.events.items.properties.body, data: data16 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data4.legalBasis !== void 0) {
              let data17 = data4.legalBasis;
              if (typeof data17 !== "string" && data17 !== null) {
                const err44 = { instancePath: instancePath + "/events/" + i0 + "/legalBasis", schemaPath: "#/properties/events/items/properties/legalBasis/type", keyword: "type", params: { type: schema84.properties.events.items.properties.legalBasis.type }, message: "must be string,null", schema: schema84.properties.events.items.properties.legalBasis.type, parentSchema: schema84.properties.events.items.properties.legalBasis, data: data17 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data4.relatesTo !== void 0) {
              let data18 = data4.relatesTo;
              const _errs52 = errors;
              let valid12 = false;
              const _errs53 = errors;
              if (typeof data18 === "string") {
                if (!pattern5.test(data18)) {
                  const err45 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err45];
                  } else {
                    vErrors.push(err45);
                  }
                  errors++;
                }
              } else {
                const err46 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data18 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
              var _valid2 = _errs53 === errors;
              valid12 = valid12 || _valid2;
              const _errs56 = errors;
              if (data18 !== null) {
                const err47 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "#/properties/events/items/properties/relatesTo/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema84.properties.events.items.properties.relatesTo.anyOf[1].type, parentSchema: schema84.properties.events.items.properties.relatesTo.anyOf[1], data: data18 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              var _valid2 = _errs56 === errors;
              valid12 = valid12 || _valid2;
              if (!valid12) {
                const err48 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "#/properties/events/items/properties/relatesTo/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema84.properties.events.items.properties.relatesTo.anyOf, parentSchema: schema84.properties.events.items.properties.relatesTo, data: data18 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              } else {
                errors = _errs52;
                if (vErrors !== null) {
                  if (_errs52) {
                    vErrors.length = _errs52;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.description !== void 0) {
              let data19 = data4.description;
              if (typeof data19 !== "string" && data19 !== null) {
                const err49 = { instancePath: instancePath + "/events/" + i0 + "/description", schemaPath: "#/properties/events/items/properties/description/type", keyword: "type", params: { type: schema84.properties.events.items.properties.description.type }, message: "must be string,null", schema: schema84.properties.events.items.properties.description.type, parentSchema: schema84.properties.events.items.properties.description, data: data19 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
          } else {
            const err50 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.properties.events.items.type, parentSchema: schema84.properties.events.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.events.type, parentSchema: schema84.properties.events, data: data3 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data20 = data.description;
      if (typeof data20 !== "string" && data20 !== null) {
        const err52 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema84.properties.description.type }, message: "must be string,null", schema: schema84.properties.description.type, parentSchema: schema84.properties.description, data: data20 };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
  } else {
    const err53 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.SdgCatalog = validate26;
var schema91 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/catalog.schema.json", "title": "SdgCatalog", "description": "A workspace's own SDG titles (bærekraftsmål, delmål, indikatorer), e.g. official translations, that replace the built-in short titles. Named by Workspace.catalog; not a plan document.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": 'Always "SdgCatalog".', "const": "SdgCatalog" }, "source": { "description": "Where the titles come from (kilde), e.g. the translation and its licence.", "type": ["string", "null"] }, "nb": { "$ref": "#/$defs/titles", "description": "Titles in Norwegian bokmål." }, "nn": { "$ref": "#/$defs/titles", "description": "Titles in Norwegian nynorsk." }, "en": { "$ref": "#/$defs/titles", "description": "Titles in English." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "$defs": { "titleMap": { "description": "SDG id (quoted) to title.", "type": "object", "additionalProperties": { "type": "string" } }, "titles": { "type": "object", "properties": { "goals": { "$ref": "#/$defs/titleMap", "description": 'Goal titles (bærekraftsmål) by id, "1"–"17".' }, "targets": { "$ref": "#/$defs/titleMap", "description": 'Target titles (delmål) by id, e.g. "3.4".' }, "indicators": { "$ref": "#/$defs/titleMap", "description": 'Indicator titles (indikatorer) by id, e.g. "3.4.1".' } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } };
var schema92 = { "type": "object", "properties": { "goals": { "$ref": "#/$defs/titleMap", "description": 'Goal titles (bærekraftsmål) by id, "1"–"17".' }, "targets": { "$ref": "#/$defs/titleMap", "description": 'Target titles (delmål) by id, e.g. "3.4".' }, "indicators": { "$ref": "#/$defs/titleMap", "description": 'Indicator titles (indikatorer) by id, e.g. "3.4.1".' } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema93 = { "description": "SDG id (quoted) to title.", "type": "object", "additionalProperties": { "type": "string" } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate27.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "goals" || key0 === "targets" || key0 === "indicators" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema92, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.goals !== void 0) {
      let data0 = data.goals;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          let data1 = data0[key1];
          if (typeof data1 !== "string") {
            const err1 = { instancePath: instancePath + "/goals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema93.additionalProperties.type, parentSchema: schema93.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/goals", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.targets !== void 0) {
      let data2 = data.targets;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key2 in data2) {
          let data3 = data2[key2];
          if (typeof data3 !== "string") {
            const err3 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema93.additionalProperties.type, parentSchema: schema93.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.indicators !== void 0) {
      let data4 = data.indicators;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key3 in data4) {
          let data5 = data4[key3];
          if (typeof data5 !== "string") {
            const err5 = { instancePath: instancePath + "/indicators/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema93.additionalProperties.type, parentSchema: schema93.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/indicators", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema93.type, parentSchema: schema93, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema92.type, parentSchema: schema92, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
validate27.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema91.required, parentSchema: schema91, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "source" || key0 === "nb" || key0 === "nn" || key0 === "en" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema91, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("SdgCatalog" !== data0) {
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "SdgCatalog" }, message: "must be equal to constant", schema: "SdgCatalog", parentSchema: schema91.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data1 = data.source;
      if (typeof data1 !== "string" && data1 !== null) {
        const err3 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema91.properties.source.type }, message: "must be string,null", schema: schema91.properties.source.type, parentSchema: schema91.properties.source, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.nb !== void 0) {
      if (!validate27(data.nb, { instancePath: instancePath + "/nb", parentData: data, parentDataProperty: "nb", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.nn !== void 0) {
      if (!validate27(data.nn, { instancePath: instancePath + "/nn", parentData: data, parentDataProperty: "nn", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.en !== void 0) {
      if (!validate27(data.en, { instancePath: instancePath + "/en", parentData: data, parentDataProperty: "en", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Goal = validate31;
var schema96 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/goal.schema.json", "title": "Goal", "description": "Goal (mål): an objective in a plan, linked to SDG targets (bærekraftsdelmål) and measured by indicators (indikatorer).", "type": "object", "required": ["kind", "id", "title", "plan"], "properties": { "kind": { "description": 'Document kind; always "Goal".', "const": "Goal" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "The goal statement (målformulering).", "type": "string" }, "plan": { "description": "Id of the Plan the goal belongs to.", "$ref": "common.schema.json#/$defs/id" }, "focusArea": { "description": "Id of a focus area (målområde) in that plan.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "level": { "type": ["string", "null"], "enum": ["society", "service", "organisation", null], "description": "Level of the goal: society (samfunnsmål), service (tjenestemål) or organisation (organisasjonsmål)." }, "parent": { "description": "Id of the parent Goal when this is a sub-goal (delmål); no cycles.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "sdgTargets": { "type": ["array", "null"], "description": "SDG targets (bærekraftsdelmål) the goal contributes to.", "items": { "description": 'An SDG target id, e.g. "3.4".', "$ref": "common.schema.json#/$defs/sdgTargetId" } }, "indicators": { "type": ["array", "null"], "description": "Ids of the indicators (indikatorer) that measure the goal.", "items": { "description": "Id of an Indicator.", "$ref": "common.schema.json#/$defs/id" } }, "strategies": { "type": ["array", "null"], "description": "Strategies (strategier) for reaching the goal.", "items": { "description": "A strategy.", "type": "string" } }, "stakeholders": { "type": ["array", "null"], "description": "Stakeholders / partners (aktører, samarbeidspartnere).", "items": { "description": "A stakeholder.", "type": "string" } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema101 = { "description": 'UN Sustainable Development Goal target id (bærekraftsdelmål), e.g. "3.4" or "11.a". Must be a (quoted) string: an unquoted 3.10 is read as the number 3.1. Unknown ids are reported by a later catalog check.', "type": "string" };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.plan === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema96.required, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema96.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Goal" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Goal" }, message: "must be equal to constant", schema: "Goal", parentSchema: schema96.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.title.type, parentSchema: schema96.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data3 = data.plan;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err9 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.focusArea !== void 0) {
      let data4 = data.focusArea;
      const _errs12 = errors;
      let valid3 = false;
      const _errs13 = errors;
      if (typeof data4 === "string") {
        if (!pattern5.test(data4)) {
          const err11 = { instancePath: instancePath + "/focusArea", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/focusArea", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid3 = valid3 || _valid0;
      const _errs16 = errors;
      if (data4 !== null) {
        const err13 = { instancePath: instancePath + "/focusArea", schemaPath: "#/properties/focusArea/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema96.properties.focusArea.anyOf[1].type, parentSchema: schema96.properties.focusArea.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err14 = { instancePath: instancePath + "/focusArea", schemaPath: "#/properties/focusArea/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema96.properties.focusArea.anyOf, parentSchema: schema96.properties.focusArea, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.level !== void 0) {
      let data5 = data.level;
      if (typeof data5 !== "string" && data5 !== null) {
        const err15 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: schema96.properties.level.type }, message: "must be string,null", schema: schema96.properties.level.type, parentSchema: schema96.properties.level, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data5 === "society" || data5 === "service" || data5 === "organisation" || data5 === null)) {
        const err16 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema96.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema96.properties.level.enum, parentSchema: schema96.properties.level, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.parent !== void 0) {
      let data6 = data.parent;
      const _errs21 = errors;
      let valid5 = false;
      const _errs22 = errors;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err17 = { instancePath: instancePath + "/parent", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/parent", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid5 = valid5 || _valid1;
      const _errs25 = errors;
      if (data6 !== null) {
        const err19 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema96.properties.parent.anyOf[1].type, parentSchema: schema96.properties.parent.anyOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs25 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err20 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema96.properties.parent.anyOf, parentSchema: schema96.properties.parent, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.sdgTargets !== void 0) {
      let data7 = data.sdgTargets;
      if (!Array.isArray(data7) && data7 !== null) {
        const err21 = { instancePath: instancePath + "/sdgTargets", schemaPath: "#/properties/sdgTargets/type", keyword: "type", params: { type: schema96.properties.sdgTargets.type }, message: "must be array,null", schema: schema96.properties.sdgTargets.type, parentSchema: schema96.properties.sdgTargets, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (typeof data8 !== "string") {
            const err22 = { instancePath: instancePath + "/sdgTargets/" + i0, schemaPath: "common.schema.json#/$defs/sdgTargetId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema101.type, parentSchema: schema101, data: data8 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      }
    }
    if (data.indicators !== void 0) {
      let data9 = data.indicators;
      if (!Array.isArray(data9) && data9 !== null) {
        const err23 = { instancePath: instancePath + "/indicators", schemaPath: "#/properties/indicators/type", keyword: "type", params: { type: schema96.properties.indicators.type }, message: "must be array,null", schema: schema96.properties.indicators.type, parentSchema: schema96.properties.indicators, data: data9 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len1 = data9.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data10 = data9[i1];
          if (typeof data10 === "string") {
            if (!pattern5.test(data10)) {
              const err24 = { instancePath: instancePath + "/indicators/" + i1, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data10 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/indicators/" + i1, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      }
    }
    if (data.strategies !== void 0) {
      let data11 = data.strategies;
      if (!Array.isArray(data11) && data11 !== null) {
        const err26 = { instancePath: instancePath + "/strategies", schemaPath: "#/properties/strategies/type", keyword: "type", params: { type: schema96.properties.strategies.type }, message: "must be array,null", schema: schema96.properties.strategies.type, parentSchema: schema96.properties.strategies, data: data11 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (typeof data12 !== "string") {
            const err27 = { instancePath: instancePath + "/strategies/" + i2, schemaPath: "#/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.strategies.items.type, parentSchema: schema96.properties.strategies.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
      }
    }
    if (data.stakeholders !== void 0) {
      let data13 = data.stakeholders;
      if (!Array.isArray(data13) && data13 !== null) {
        const err28 = { instancePath: instancePath + "/stakeholders", schemaPath: "#/properties/stakeholders/type", keyword: "type", params: { type: schema96.properties.stakeholders.type }, message: "must be array,null", schema: schema96.properties.stakeholders.type, parentSchema: schema96.properties.stakeholders, data: data13 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len3 = data13.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data14 = data13[i3];
          if (typeof data14 !== "string") {
            const err29 = { instancePath: instancePath + "/stakeholders/" + i3, schemaPath: "#/properties/stakeholders/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema96.properties.stakeholders.items.type, parentSchema: schema96.properties.stakeholders.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 !== "string" && data15 !== null) {
        const err30 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema96.properties.description.type }, message: "must be string,null", schema: schema96.properties.description.type, parentSchema: schema96.properties.description, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Indicator = validate32;
var schema103 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/indicator.schema.json", "title": "Indicator", "description": "Indicator (indikator): a measurable quantity with a baseline (utgangsverdi), targets (målverdier) and actuals (resultater) by year.", "type": "object", "required": ["kind", "id", "title", "direction"], "properties": { "kind": { "description": 'Document kind; always "Indicator".', "const": "Indicator" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "What is measured (tittel).", "type": "string" }, "unit": { "type": ["string", "null"], "description": "Unit of measurement (måleenhet): free text or e.g. percent, count, nok, per-1000." }, "direction": { "description": "Desired direction (ønsket utvikling): increase (økning), decrease (nedgang) or maintain (opprettholde).", "enum": ["increase", "decrease", "maintain"] }, "source": { "type": ["object", "null"], "description": "Data source (datakilde).", "required": ["name"], "properties": { "name": { "description": "Name of the source (kilde), e.g. Ungdata, SSB, Kostra.", "type": "string" }, "table": { "type": ["string", "null"], "description": "Table or series in the source (tabell), e.g. an SSB table number." }, "url": { "type": ["string", "null"], "description": "Web address (nettadresse) of the data.", "format": "uri" }, "ssb": { "type": "object", "description": "Where `plan import ssb` finds this indicator's values in Statistics Norway's statistics bank (format 1.1): the table, the category of its metric dimension, the region and a category of every other dimension.", "required": ["table", "contents"], "properties": { "table": { "description": `SSB's table number (tabellnummer): five digits, in quotes so that a leading zero stays, e.g. "09220" or "12134".`, "type": "string", "pattern": "^[0-9]{5}$" }, "contents": { "description": `A category of the table's metric dimension (statistikkvariabel, ContentsCode), e.g. KOSAG110000: letters, digits, ".", "_" and "-".`, "type": "string", "pattern": "^[A-Za-z0-9._-]+$" }, "region": { "description": 'SSB region code (regionkode) in quotes, or a list of them: "0" the whole country, two digits a fylke, four digits a kommune, or a KOSTRA group such as EKA32 or EAK. In a list the first code with a value wins each year (a renumbered kommune lists its new and old numbers, e.g. ["3203", "3025"]). Default: Workspace.municipalityNumber.', "anyOf": [{ "$ref": "#/$defs/ssbRegion" }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/ssbRegion" } }] }, "filters": { "description": 'The category of every other dimension of the table, by dimension id (e.g. { Alder: "999D" }); values are strings.', "type": "object", "additionalProperties": { "type": "string" }, "patternProperties": { "^x-": {} } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "retrieved": { "description": "The update date of the SSB dataset the actuals were last imported from (format 1.1); written by `plan import ssb`.", "$ref": "common.schema.json#/$defs/date" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "sdgIndicator": { "description": 'Corresponding UN SDG global indicator id (global indikator), e.g. "3.4.1".', "anyOf": [{ "$ref": "common.schema.json#/$defs/sdgIndicatorId" }, { "type": "null" }] }, "baseline": { "description": "Baseline (utgangsverdi): the value in a reference year.", "anyOf": [{ "$ref": "common.schema.json#/$defs/yearValue" }, { "type": "null" }] }, "targets": { "description": "Target values (målverdier) by year, or null.", "$ref": "common.schema.json#/$defs/yearValueList" }, "actuals": { "description": "Actual values (resultater, faktiske verdier) by year, or null.", "type": ["array", "null"], "items": { "$ref": "#/$defs/actual" } }, "thresholds": { "type": ["object", "null"], "description": "Scorecard limits (målekart): when given, the latest actual is judged against them instead of the straight line to the target. For increase/decrease: at or better than desired (ønsket resultat) is on track, at or better than lowest (laveste akseptable resultat) is at risk, worse is off track; a met target is still reached. For maintain: the distances of desired and lowest from the target give the band on either side.", "required": ["desired", "lowest"], "properties": { "desired": { "description": "Desired result (ønsket resultat): at or better than this is on track, at most 10^15 either way.", "type": "number", "minimum": -1e15, "maximum": 1e15 }, "lowest": { "description": "Lowest acceptable result (laveste akseptable resultat): at or better than this is at risk, worse is off track, at most 10^15 either way.", "type": "number", "minimum": -1e15, "maximum": 1e15 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false, "$defs": { "ssbRegion": { "description": 'SSB region code (regionkode), in quotes: "0" the whole country, two digits a fylke, four digits a kommune, or a KOSTRA group such as EKA32 or EAK.', "type": "string", "pattern": "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$" }, "actual": { "type": "object", "description": "An actual value for a year (år og verdi), optionally marked preliminary or final.", "required": ["year", "value"], "properties": { "year": { "description": "Year (år) the value applies to.", "$ref": "common.schema.json#/$defs/yearValue/properties/year" }, "value": { "description": "Numeric value (verdi).", "$ref": "common.schema.json#/$defs/yearValue/properties/value" }, "status": { "description": "Whether the figure is preliminary (foreløpig, e.g. SSB's unrevised KOSTRA figures of 15 March) or final (endelig) (format 1.1).", "enum": ["preliminary", "final"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } } };
var schema105 = { "description": 'SSB region code (regionkode), in quotes: "0" the whole country, two digits a fylke, four digits a kommune, or a KOSTRA group such as EKA32 or EAK.', "type": "string", "pattern": "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$" };
var schema108 = { "description": 'UN SDG global indicator id (global bærekraftsindikator), e.g. "3.4.1". Must be a string. Unknown ids are reported by a later catalog check.', "type": "string" };
var pattern42 = new RegExp("^[0-9]{5}$", "u");
var pattern43 = new RegExp("^[A-Za-z0-9._-]+$", "u");
var pattern44 = new RegExp("^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$", "u");
var formats6 = require_formats().fullFormats.uri;
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.year === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "year" || key0 === "value" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data0 = data.year;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1e15 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -1e15 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema111 = { "description": "List of values by year (verdier per år), or null.", "type": ["array", "null"], "items": { "description": "A value for a given year.", "$ref": "#/$defs/yearValue" } };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.year === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "year" || key0 === "value" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data0 = data.year;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1e15 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -1e15 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema37.properties.value, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema111.type }, message: "must be array,null", schema: schema111.type, parentSchema: schema111, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate36(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var schema114 = { "type": "object", "description": "An actual value for a year (år og verdi), optionally marked preliminary or final.", "required": ["year", "value"], "properties": { "year": { "description": "Year (år) the value applies to.", "$ref": "common.schema.json#/$defs/yearValue/properties/year" }, "value": { "description": "Numeric value (verdi).", "$ref": "common.schema.json#/$defs/yearValue/properties/value" }, "status": { "description": "Whether the figure is preliminary (foreløpig, e.g. SSB's unrevised KOSTRA figures of 15 March) or final (endelig) (format 1.1).", "enum": ["preliminary", "final"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema116 = { "description": "Numeric value (verdi), at most 10^15 either way: any real statistic fits, and differences and ratios of values stay finite.", "type": "number", "minimum": -1e15, "maximum": 1e15 };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate39.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.year === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema114.required, parentSchema: schema114, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.value === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "value" }, message: "must have required property 'value'", schema: schema114.required, parentSchema: schema114, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "year" || key0 === "value" || key0 === "status" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema114, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.year !== void 0) {
      let data0 = data.year;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/year", schemaPath: "common.schema.json#/$defs/yearValue/properties/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/year", schemaPath: "common.schema.json#/$defs/yearValue/properties/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/year", schemaPath: "common.schema.json#/$defs/yearValue/properties/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.value !== void 0) {
      let data1 = data.value;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 1e15 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/value", schemaPath: "common.schema.json#/$defs/yearValue/properties/value/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema116, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        if (data1 < -1e15 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/value", schemaPath: "common.schema.json#/$defs/yearValue/properties/value/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema116, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/value", schemaPath: "common.schema.json#/$defs/yearValue/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema116.type, parentSchema: schema116, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data2 = data.status;
      if (!(data2 === "preliminary" || data2 === "final")) {
        const err9 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema114.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema114.properties.status.enum, parentSchema: schema114.properties.status, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema114.type, parentSchema: schema114, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema103.required, parentSchema: schema103, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema103.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Indicator" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Indicator" }, message: "must be equal to constant", schema: "Indicator", parentSchema: schema103.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.title.type, parentSchema: schema103.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.unit !== void 0) {
      let data3 = data.unit;
      if (typeof data3 !== "string" && data3 !== null) {
        const err9 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: schema103.properties.unit.type }, message: "must be string,null", schema: schema103.properties.unit.type, parentSchema: schema103.properties.unit, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.direction !== void 0) {
      let data4 = data.direction;
      if (!(data4 === "increase" || data4 === "decrease" || data4 === "maintain")) {
        const err10 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema103.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema103.properties.direction.enum, parentSchema: schema103.properties.direction, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.source !== void 0) {
      let data5 = data.source;
      if (!(data5 && typeof data5 == "object" && !Array.isArray(data5)) && data5 !== null) {
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema103.properties.source.type }, message: "must be object,null", schema: schema103.properties.source.type, parentSchema: schema103.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.name === void 0) {
          const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema103.properties.source.required, parentSchema: schema103.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "name" || key1 === "table" || key1 === "url" || key1 === "ssb" || key1 === "retrieved" || pattern4.test(key1))) {
            const err13 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103.properties.source, data: data5 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.name !== void 0) {
          let data6 = data5.name;
          if (typeof data6 !== "string") {
            const err14 = { instancePath: instancePath + "/source/name", schemaPath: "#/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.source.properties.name.type, parentSchema: schema103.properties.source.properties.name, data: data6 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data5.table !== void 0) {
          let data7 = data5.table;
          if (typeof data7 !== "string" && data7 !== null) {
            const err15 = { instancePath: instancePath + "/source/table", schemaPath: "#/properties/source/properties/table/type", keyword: "type", params: { type: schema103.properties.source.properties.table.type }, message: "must be string,null", schema: schema103.properties.source.properties.table.type, parentSchema: schema103.properties.source.properties.table, data: data7 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data5.url !== void 0) {
          let data8 = data5.url;
          if (typeof data8 !== "string" && data8 !== null) {
            const err16 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: schema103.properties.source.properties.url.type }, message: "must be string,null", schema: schema103.properties.source.properties.url.type, parentSchema: schema103.properties.source.properties.url, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data8 === "string") {
            if (!formats6(data8)) {
              const err17 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema103.properties.source.properties.url, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data5.ssb !== void 0) {
          let data9 = data5.ssb;
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.table === void 0) {
              const err18 = { instancePath: instancePath + "/source/ssb", schemaPath: "#/properties/source/properties/ssb/required", keyword: "required", params: { missingProperty: "table" }, message: "must have required property 'table'", schema: schema103.properties.source.properties.ssb.required, parentSchema: schema103.properties.source.properties.ssb, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data9.contents === void 0) {
              const err19 = { instancePath: instancePath + "/source/ssb", schemaPath: "#/properties/source/properties/ssb/required", keyword: "required", params: { missingProperty: "contents" }, message: "must have required property 'contents'", schema: schema103.properties.source.properties.ssb.required, parentSchema: schema103.properties.source.properties.ssb, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "table" || key2 === "contents" || key2 === "region" || key2 === "filters" || pattern4.test(key2))) {
                const err20 = { instancePath: instancePath + "/source/ssb", schemaPath: "#/properties/source/properties/ssb/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103.properties.source.properties.ssb, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
            }
            if (data9.table !== void 0) {
              let data10 = data9.table;
              if (typeof data10 === "string") {
                if (!pattern42.test(data10)) {
                  const err21 = { instancePath: instancePath + "/source/ssb/table", schemaPath: "#/properties/source/properties/ssb/properties/table/pattern", keyword: "pattern", params: { pattern: "^[0-9]{5}$" }, message: 'must match pattern "^[0-9]{5}$"', schema: "^[0-9]{5}$", parentSchema: schema103.properties.source.properties.ssb.properties.table, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
              } else {
                const err22 = { instancePath: instancePath + "/source/ssb/table", schemaPath: "#/properties/source/properties/ssb/properties/table/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.source.properties.ssb.properties.table.type, parentSchema: schema103.properties.source.properties.ssb.properties.table, data: data10 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data9.contents !== void 0) {
              let data11 = data9.contents;
              if (typeof data11 === "string") {
                if (!pattern43.test(data11)) {
                  const err23 = { instancePath: instancePath + "/source/ssb/contents", schemaPath: "#/properties/source/properties/ssb/properties/contents/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9._-]+$" }, message: 'must match pattern "^[A-Za-z0-9._-]+$"', schema: "^[A-Za-z0-9._-]+$", parentSchema: schema103.properties.source.properties.ssb.properties.contents, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err23];
                  } else {
                    vErrors.push(err23);
                  }
                  errors++;
                }
              } else {
                const err24 = { instancePath: instancePath + "/source/ssb/contents", schemaPath: "#/properties/source/properties/ssb/properties/contents/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.source.properties.ssb.properties.contents.type, parentSchema: schema103.properties.source.properties.ssb.properties.contents, data: data11 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.region !== void 0) {
              let data12 = data9.region;
              const _errs28 = errors;
              let valid4 = false;
              const _errs29 = errors;
              if (typeof data12 === "string") {
                if (!pattern44.test(data12)) {
                  const err25 = { instancePath: instancePath + "/source/ssb/region", schemaPath: "#/$defs/ssbRegion/pattern", keyword: "pattern", params: { pattern: "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$" }, message: 'must match pattern "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$"', schema: "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$", parentSchema: schema105, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/source/ssb/region", schemaPath: "#/$defs/ssbRegion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.type, parentSchema: schema105, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              var _valid0 = _errs29 === errors;
              valid4 = valid4 || _valid0;
              const _errs32 = errors;
              if (Array.isArray(data12)) {
                if (data12.length < 1) {
                  const err27 = { instancePath: instancePath + "/source/ssb/region", schemaPath: "#/properties/source/properties/ssb/properties/region/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema103.properties.source.properties.ssb.properties.region.anyOf[1], data: data12 };
                  if (vErrors === null) {
                    vErrors = [err27];
                  } else {
                    vErrors.push(err27);
                  }
                  errors++;
                }
                const len0 = data12.length;
                for (let i0 = 0; i0 < len0; i0++) {
                  let data13 = data12[i0];
                  if (typeof data13 === "string") {
                    if (!pattern44.test(data13)) {
                      const err28 = { instancePath: instancePath + "/source/ssb/region/" + i0, schemaPath: "#/$defs/ssbRegion/pattern", keyword: "pattern", params: { pattern: "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$" }, message: 'must match pattern "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$"', schema: "^(0|[0-9]{2}|[0-9]{4}|E[A-Z]{1,5}[0-9]{0,2})$", parentSchema: schema105, data: data13 };
                      if (vErrors === null) {
                        vErrors = [err28];
                      } else {
                        vErrors.push(err28);
                      }
                      errors++;
                    }
                  } else {
                    const err29 = { instancePath: instancePath + "/source/ssb/region/" + i0, schemaPath: "#/$defs/ssbRegion/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema105.type, parentSchema: schema105, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err29];
                    } else {
                      vErrors.push(err29);
                    }
                    errors++;
                  }
                }
              } else {
                const err30 = { instancePath: instancePath + "/source/ssb/region", schemaPath: "#/properties/source/properties/ssb/properties/region/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema103.properties.source.properties.ssb.properties.region.anyOf[1].type, parentSchema: schema103.properties.source.properties.ssb.properties.region.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              var _valid0 = _errs32 === errors;
              valid4 = valid4 || _valid0;
              if (!valid4) {
                const err31 = { instancePath: instancePath + "/source/ssb/region", schemaPath: "#/properties/source/properties/ssb/properties/region/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema103.properties.source.properties.ssb.properties.region.anyOf, parentSchema: schema103.properties.source.properties.ssb.properties.region, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              } else {
                errors = _errs28;
                if (vErrors !== null) {
                  if (_errs28) {
                    vErrors.length = _errs28;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data9.filters !== void 0) {
              let data14 = data9.filters;
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                for (const key3 in data14) {
                  if (!pattern4.test(key3)) {
                    let data15 = data14[key3];
                    if (typeof data15 !== "string") {
                      const err32 = { instancePath: instancePath + "/source/ssb/filters/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/source/properties/ssb/properties/filters/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema103.properties.source.properties.ssb.properties.filters.additionalProperties.type, parentSchema: schema103.properties.source.properties.ssb.properties.filters.additionalProperties, data: data15 };
                      if (vErrors === null) {
                        vErrors = [err32];
                      } else {
                        vErrors.push(err32);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err33 = { instancePath: instancePath + "/source/ssb/filters", schemaPath: "#/properties/source/properties/ssb/properties/filters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema103.properties.source.properties.ssb.properties.filters.type, parentSchema: schema103.properties.source.properties.ssb.properties.filters, data: data14 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/source/ssb", schemaPath: "#/properties/source/properties/ssb/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema103.properties.source.properties.ssb.type, parentSchema: schema103.properties.source.properties.ssb, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data5.retrieved !== void 0) {
          let data16 = data5.retrieved;
          if (typeof data16 === "string") {
            if (!formats0.validate(data16)) {
              const err35 = { instancePath: instancePath + "/source/retrieved", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data16 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/source/retrieved", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      }
    }
    if (data.sdgIndicator !== void 0) {
      let data17 = data.sdgIndicator;
      const _errs46 = errors;
      let valid11 = false;
      const _errs47 = errors;
      if (typeof data17 !== "string") {
        const err37 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "common.schema.json#/$defs/sdgIndicatorId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema108.type, parentSchema: schema108, data: data17 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      var _valid1 = _errs47 === errors;
      valid11 = valid11 || _valid1;
      const _errs50 = errors;
      if (data17 !== null) {
        const err38 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "#/properties/sdgIndicator/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema103.properties.sdgIndicator.anyOf[1].type, parentSchema: schema103.properties.sdgIndicator.anyOf[1], data: data17 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      var _valid1 = _errs50 === errors;
      valid11 = valid11 || _valid1;
      if (!valid11) {
        const err39 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "#/properties/sdgIndicator/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema103.properties.sdgIndicator.anyOf, parentSchema: schema103.properties.sdgIndicator, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      } else {
        errors = _errs46;
        if (vErrors !== null) {
          if (_errs46) {
            vErrors.length = _errs46;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.baseline !== void 0) {
      let data18 = data.baseline;
      const _errs53 = errors;
      let valid13 = false;
      const _errs54 = errors;
      if (!validate33(data18, { instancePath: instancePath + "/baseline", parentData: data, parentDataProperty: "baseline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs54 === errors;
      valid13 = valid13 || _valid2;
      const _errs55 = errors;
      if (data18 !== null) {
        const err40 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema103.properties.baseline.anyOf[1].type, parentSchema: schema103.properties.baseline.anyOf[1], data: data18 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
      var _valid2 = _errs55 === errors;
      valid13 = valid13 || _valid2;
      if (!valid13) {
        const err41 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema103.properties.baseline.anyOf, parentSchema: schema103.properties.baseline, data: data18 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      } else {
        errors = _errs53;
        if (vErrors !== null) {
          if (_errs53) {
            vErrors.length = _errs53;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.targets !== void 0) {
      if (!validate35(data.targets, { instancePath: instancePath + "/targets", parentData: data, parentDataProperty: "targets", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.actuals !== void 0) {
      let data20 = data.actuals;
      if (!Array.isArray(data20) && data20 !== null) {
        const err42 = { instancePath: instancePath + "/actuals", schemaPath: "#/properties/actuals/type", keyword: "type", params: { type: schema103.properties.actuals.type }, message: "must be array,null", schema: schema103.properties.actuals.type, parentSchema: schema103.properties.actuals, data: data20 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (Array.isArray(data20)) {
        const len1 = data20.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate39(data20[i1], { instancePath: instancePath + "/actuals/" + i1, parentData: data20, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
            errors = vErrors.length;
          }
        }
      }
    }
    if (data.thresholds !== void 0) {
      let data22 = data.thresholds;
      if (!(data22 && typeof data22 == "object" && !Array.isArray(data22)) && data22 !== null) {
        const err43 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: schema103.properties.thresholds.type }, message: "must be object,null", schema: schema103.properties.thresholds.type, parentSchema: schema103.properties.thresholds, data: data22 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
      if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
        if (data22.desired === void 0) {
          const err44 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema103.properties.thresholds.required, parentSchema: schema103.properties.thresholds, data: data22 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
        if (data22.lowest === void 0) {
          const err45 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "lowest" }, message: "must have required property 'lowest'", schema: schema103.properties.thresholds.required, parentSchema: schema103.properties.thresholds, data: data22 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
        for (const key4 in data22) {
          if (!(key4 === "desired" || key4 === "lowest" || pattern4.test(key4))) {
            const err46 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema103.properties.thresholds, data: data22 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data22.desired !== void 0) {
          let data23 = data22.desired;
          if (typeof data23 == "number" && isFinite(data23)) {
            if (data23 > 1e15 || isNaN(data23)) {
              const err47 = { instancePath: instancePath + "/thresholds/desired", schemaPath: "#/properties/thresholds/properties/desired/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema103.properties.thresholds.properties.desired, data: data23 };
              if (vErrors === null) {
                vErrors = [err47];
              } else {
                vErrors.push(err47);
              }
              errors++;
            }
            if (data23 < -1e15 || isNaN(data23)) {
              const err48 = { instancePath: instancePath + "/thresholds/desired", schemaPath: "#/properties/thresholds/properties/desired/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema103.properties.thresholds.properties.desired, data: data23 };
              if (vErrors === null) {
                vErrors = [err48];
              } else {
                vErrors.push(err48);
              }
              errors++;
            }
          } else {
            const err49 = { instancePath: instancePath + "/thresholds/desired", schemaPath: "#/properties/thresholds/properties/desired/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema103.properties.thresholds.properties.desired.type, parentSchema: schema103.properties.thresholds.properties.desired, data: data23 };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
        }
        if (data22.lowest !== void 0) {
          let data24 = data22.lowest;
          if (typeof data24 == "number" && isFinite(data24)) {
            if (data24 > 1e15 || isNaN(data24)) {
              const err50 = { instancePath: instancePath + "/thresholds/lowest", schemaPath: "#/properties/thresholds/properties/lowest/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e15 }, message: "must be <= 1000000000000000", schema: 1e15, parentSchema: schema103.properties.thresholds.properties.lowest, data: data24 };
              if (vErrors === null) {
                vErrors = [err50];
              } else {
                vErrors.push(err50);
              }
              errors++;
            }
            if (data24 < -1e15 || isNaN(data24)) {
              const err51 = { instancePath: instancePath + "/thresholds/lowest", schemaPath: "#/properties/thresholds/properties/lowest/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e15 }, message: "must be >= -1000000000000000", schema: -1e15, parentSchema: schema103.properties.thresholds.properties.lowest, data: data24 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          } else {
            const err52 = { instancePath: instancePath + "/thresholds/lowest", schemaPath: "#/properties/thresholds/properties/lowest/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema103.properties.thresholds.properties.lowest.type, parentSchema: schema103.properties.thresholds.properties.lowest, data: data24 };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data25 = data.description;
      if (typeof data25 !== "string" && data25 !== null) {
        const err53 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema103.properties.description.type }, message: "must be string,null", schema: schema103.properties.description.type, parentSchema: schema103.properties.description, data: data25 };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
  } else {
    const err54 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema103.type, parentSchema: schema103, data };
    if (vErrors === null) {
      vErrors = [err54];
    } else {
      vErrors.push(err54);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.MaterialityAssessment = validate41;
var schema117 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/materiality-assessment.schema.json", "title": "MaterialityAssessment", "description": "Materiality assessment (vesentlighetsvurdering): the municipal significance (kommunal betydning) of, and influence (påvirkningsmulighet) over, each SDG target, used to prioritise targets.", "type": "object", "required": ["kind", "id", "title", "entries"], "properties": { "kind": { "description": 'Document kind; always "MaterialityAssessment".', "const": "MaterialityAssessment" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the assessment (tittel).", "type": "string" }, "date": { "description": "Date the assessment was made or adopted (dato).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "scale": { "type": ["object", "null"], "description": "Scoring scale (skala) for significance and influence.", "default": { "min": 1, "max": 5 }, "required": ["min", "max"], "properties": { "min": { "description": "Lowest score on the scale (laveste verdi), from -1000 to 1000.", "type": "integer", "minimum": -1e3, "maximum": 1e3 }, "max": { "description": "Highest score on the scale (høyeste verdi), from -1000 to 1000.", "type": "integer", "minimum": -1e3, "maximum": 1e3 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "threshold": { "type": ["number", "null"], "description": "Prioritisation threshold (terskel): an entry is prioritised when significance + influence >= threshold, unless its priority says otherwise. Without a threshold only entries with priority: true are prioritised. From -2000 to 2000.", "minimum": -2e3, "maximum": 2e3 }, "entries": { "type": "array", "description": "Assessed SDG targets (vurderte delmål), one entry per target.", "items": { "type": "object", "description": "Assessment of one SDG target (vurdering av ett delmål).", "required": ["target", "significance", "influence"], "properties": { "target": { "description": 'SDG target id (bærekraftsdelmål) being assessed, e.g. "3.4".', "$ref": "common.schema.json#/$defs/sdgTargetId" }, "significance": { "description": "Municipal significance (kommunal betydning) of the target, on the scale, from -1000 to 1000 (and within the scale).", "type": "number", "minimum": -1e3, "maximum": 1e3 }, "influence": { "description": "The municipality's ability to influence (påvirkningsmulighet) the target, on the scale, from -1000 to 1000 (and within the scale).", "type": "number", "minimum": -1e3, "maximum": 1e3 }, "priority": { "type": ["boolean", "null"], "description": "Explicit prioritisation (prioritert); overrides the threshold rule when set." }, "responsibility": { "type": ["string", "null"], "description": "The municipality's responsibility (kommunens ansvar) for the target." }, "opportunities": { "type": ["array", "null"], "description": "Opportunities (muligheter).", "items": { "description": "An opportunity.", "type": "string" } }, "challenges": { "type": ["array", "null"], "description": "Challenges (utfordringer).", "items": { "description": "A challenge.", "type": "string" } }, "comment": { "type": ["string", "null"], "description": "Free-text comment (kommentar)." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'", schema: schema117.required, parentSchema: schema117, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "title" || key0 === "date" || key0 === "scale" || key0 === "threshold" || key0 === "entries" || key0 === "description" || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema117, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("MaterialityAssessment" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "MaterialityAssessment" }, message: "must be equal to constant", schema: "MaterialityAssessment", parentSchema: schema117.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema117.properties.title.type, parentSchema: schema117.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.date !== void 0) {
      let data3 = data.date;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (!formats0.validate(data3)) {
          const err9 = { instancePath: instancePath + "/date", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/date", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid2 = valid2 || _valid0;
      const _errs13 = errors;
      if (data3 !== null) {
        const err11 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema117.properties.date.anyOf[1].type, parentSchema: schema117.properties.date.anyOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err12 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema117.properties.date.anyOf, parentSchema: schema117.properties.date, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.scale !== void 0) {
      let data4 = data.scale;
      if (!(data4 && typeof data4 == "object" && !Array.isArray(data4)) && data4 !== null) {
        const err13 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: schema117.properties.scale.type }, message: "must be object,null", schema: schema117.properties.scale.type, parentSchema: schema117.properties.scale, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.min === void 0) {
          const err14 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema117.properties.scale.required, parentSchema: schema117.properties.scale, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.max === void 0) {
          const err15 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema117.properties.scale.required, parentSchema: schema117.properties.scale, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "min" || key1 === "max" || pattern4.test(key1))) {
            const err16 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema117.properties.scale, data: data4 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data4.min !== void 0) {
          let data5 = data4.min;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err17 = { instancePath: instancePath + "/scale/min", schemaPath: "#/properties/scale/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema117.properties.scale.properties.min.type, parentSchema: schema117.properties.scale.properties.min, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 1e3 || isNaN(data5)) {
              const err18 = { instancePath: instancePath + "/scale/min", schemaPath: "#/properties/scale/properties/min/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema117.properties.scale.properties.min, data: data5 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data5 < -1e3 || isNaN(data5)) {
              const err19 = { instancePath: instancePath + "/scale/min", schemaPath: "#/properties/scale/properties/min/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema117.properties.scale.properties.min, data: data5 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data4.max !== void 0) {
          let data6 = data4.max;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err20 = { instancePath: instancePath + "/scale/max", schemaPath: "#/properties/scale/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema117.properties.scale.properties.max.type, parentSchema: schema117.properties.scale.properties.max, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 1e3 || isNaN(data6)) {
              const err21 = { instancePath: instancePath + "/scale/max", schemaPath: "#/properties/scale/properties/max/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema117.properties.scale.properties.max, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data6 < -1e3 || isNaN(data6)) {
              const err22 = { instancePath: instancePath + "/scale/max", schemaPath: "#/properties/scale/properties/max/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema117.properties.scale.properties.max, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.threshold !== void 0) {
      let data7 = data.threshold;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        const err23 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: schema117.properties.threshold.type }, message: "must be number,null", schema: schema117.properties.threshold.type, parentSchema: schema117.properties.threshold, data: data7 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2e3 || isNaN(data7)) {
          const err24 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2e3 }, message: "must be <= 2000", schema: 2e3, parentSchema: schema117.properties.threshold, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data7 < -2e3 || isNaN(data7)) {
          const err25 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/minimum", keyword: "minimum", params: { comparison: ">=", limit: -2e3 }, message: "must be >= -2000", schema: -2e3, parentSchema: schema117.properties.threshold, data: data7 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.entries !== void 0) {
      let data8 = data.entries;
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.target === void 0) {
              const err26 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema117.properties.entries.items.required, parentSchema: schema117.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data9.significance === void 0) {
              const err27 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "significance" }, message: "must have required property 'significance'", schema: schema117.properties.entries.items.required, parentSchema: schema117.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data9.influence === void 0) {
              const err28 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "influence" }, message: "must have required property 'influence'", schema: schema117.properties.entries.items.required, parentSchema: schema117.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "target" || key2 === "significance" || key2 === "influence" || key2 === "priority" || key2 === "responsibility" || key2 === "opportunities" || key2 === "challenges" || key2 === "comment" || pattern4.test(key2))) {
                const err29 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema117.properties.entries.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data9.target !== void 0) {
              let data10 = data9.target;
              if (typeof data10 !== "string") {
                const err30 = { instancePath: instancePath + "/entries/" + i0 + "/target", schemaPath: "common.schema.json#/$defs/sdgTargetId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema101.type, parentSchema: schema101, data: data10 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data9.significance !== void 0) {
              let data11 = data9.significance;
              if (typeof data11 == "number" && isFinite(data11)) {
                if (data11 > 1e3 || isNaN(data11)) {
                  const err31 = { instancePath: instancePath + "/entries/" + i0 + "/significance", schemaPath: "#/properties/entries/items/properties/significance/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema117.properties.entries.items.properties.significance, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data11 < -1e3 || isNaN(data11)) {
                  const err32 = { instancePath: instancePath + "/entries/" + i0 + "/significance", schemaPath: "#/properties/entries/items/properties/significance/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema117.properties.entries.items.properties.significance, data: data11 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/entries/" + i0 + "/significance", schemaPath: "#/properties/entries/items/properties/significance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema117.properties.entries.items.properties.significance.type, parentSchema: schema117.properties.entries.items.properties.significance, data: data11 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data9.influence !== void 0) {
              let data12 = data9.influence;
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 1e3 || isNaN(data12)) {
                  const err34 = { instancePath: instancePath + "/entries/" + i0 + "/influence", schemaPath: "#/properties/entries/items/properties/influence/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e3 }, message: "must be <= 1000", schema: 1e3, parentSchema: schema117.properties.entries.items.properties.influence, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data12 < -1e3 || isNaN(data12)) {
                  const err35 = { instancePath: instancePath + "/entries/" + i0 + "/influence", schemaPath: "#/properties/entries/items/properties/influence/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e3 }, message: "must be >= -1000", schema: -1e3, parentSchema: schema117.properties.entries.items.properties.influence, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/entries/" + i0 + "/influence", schemaPath: "#/properties/entries/items/properties/influence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema117.properties.entries.items.properties.influence.type, parentSchema: schema117.properties.entries.items.properties.influence, data: data12 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data9.priority !== void 0) {
              let data13 = data9.priority;
              if (typeof data13 !== "boolean" && data13 !== null) {
                const err37 = { instancePath: instancePath + "/entries/" + i0 + "/priority", schemaPath: "#/properties/entries/items/properties/priority/type", keyword: "type", params: { type: schema117.properties.entries.items.properties.priority.type }, message: "must be boolean,null", schema: schema117.properties.entries.items.properties.priority.type, parentSchema: schema117.properties.entries.items.properties.priority, data: data13 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data9.responsibility !== void 0) {
              let data14 = data9.responsibility;
              if (typeof data14 !== "string" && data14 !== null) {
                const err38 = { instancePath: instancePath + "/entries/" + i0 + "/responsibility", schemaPath: "#/properties/entries/items/properties/responsibility/type", keyword: "type", params: { type: schema117.properties.entries.items.properties.responsibility.type }, message: "must be string,null", schema: schema117.properties.entries.items.properties.responsibility.type, parentSchema: schema117.properties.entries.items.properties.responsibility, data: data14 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
            if (data9.opportunities !== void 0) {
              let data15 = data9.opportunities;
              if (!Array.isArray(data15) && data15 !== null) {
                const err39 = { instancePath: instancePath + "/entries/" + i0 + "/opportunities", schemaPath: "#/properties/entries/items/properties/opportunities/type", keyword: "type", params: { type: schema117.properties.entries.items.properties.opportunities.type }, message: "must be array,null", schema: schema117.properties.entries.items.properties.opportunities.type, parentSchema: schema117.properties.entries.items.properties.opportunities, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              if (Array.isArray(data15)) {
                const len1 = data15.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data16 = data15[i1];
                  if (typeof data16 !== "string") {
                    const err40 = { instancePath: instancePath + "/entries/" + i0 + "/opportunities/" + i1, schemaPath: "#/properties/entries/items/properties/opportunities/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema117.properties.entries.items.properties.opportunities.items.type, parentSchema: schema117.properties.entries.items.properties.opportunities.items, data: data16 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data9.challenges !== void 0) {
              let data17 = data9.challenges;
              if (!Array.isArray(data17) && data17 !== null) {
                const err41 = { instancePath: instancePath + "/entries/" + i0 + "/challenges", schemaPath: "#/properties/entries/items/properties/challenges/type", keyword: "type", params: { type: schema117.properties.entries.items.properties.challenges.type }, message: "must be array,null", schema: schema117.properties.entries.items.properties.challenges.type, parentSchema: schema117.properties.entries.items.properties.challenges, data: data17 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
              if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data18 = data17[i2];
                  if (typeof data18 !== "string") {
                    const err42 = { instancePath: instancePath + "/entries/" + i0 + "/challenges/" + i2, schemaPath: "#/properties/entries/items/properties/challenges/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema117.properties.entries.items.properties.challenges.items.type, parentSchema: schema117.properties.entries.items.properties.challenges.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err42];
                    } else {
                      vErrors.push(err42);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data9.comment !== void 0) {
              let data19 = data9.comment;
              if (typeof data19 !== "string" && data19 !== null) {
                const err43 = { instancePath: instancePath + "/entries/" + i0 + "/comment", schemaPath: "#/properties/entries/items/properties/comment/type", keyword: "type", params: { type: schema117.properties.entries.items.properties.comment.type }, message: "must be string,null", schema: schema117.properties.entries.items.properties.comment.type, parentSchema: schema117.properties.entries.items.properties.comment, data: data19 };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
          } else {
            const err44 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema117.properties.entries.items.type, parentSchema: schema117.properties.entries.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
        }
      } else {
        const err45 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema117.properties.entries.type, parentSchema: schema117.properties.entries, data: data8 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data20 = data.description;
      if (typeof data20 !== "string" && data20 !== null) {
        const err46 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema117.properties.description.type }, message: "must be string,null", schema: schema117.properties.description.type, parentSchema: schema117.properties.description, data: data20 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
  } else {
    const err47 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema117.type, parentSchema: schema117, data };
    if (vErrors === null) {
      vErrors = [err47];
    } else {
      vErrors.push(err47);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Measure = validate42;
var schema121 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/measure.schema.json", "title": "Measure", "description": "Measure (tiltak): an action, project or programme that works towards goals, with a responsible unit and budget by year in the action programme (handlingsprogram) and financial plan (økonomiplan).", "type": "object", "required": ["kind", "id", "title", "goals"], "properties": { "kind": { "description": 'Document kind; always "Measure".', "const": "Measure" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the measure (tittel).", "type": "string" }, "plan": { "description": "Id of the Plan of type handlingsprogram (action programme) the measure is part of.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "goals": { "type": "array", "minItems": 1, "description": "Ids of the Goals (mål) the measure works towards; at least one.", "items": { "description": "Id of a Goal.", "$ref": "common.schema.json#/$defs/id" } }, "responsible": { "description": "Id of the Workspace unit / service area (tjenesteområde) responsible (ansvarlig).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "type": { "type": ["string", "null"], "enum": ["run", "change", null], "description": "Type of measure: run (drift, run the business) or change (utvikling, change the business)." }, "status": { "type": ["string", "null"], "enum": ["planned", "ongoing", "done", "cancelled", null], "description": "Status: planned (planlagt), ongoing (pågår), done (fullført) or cancelled (avbrutt)." }, "period": { "description": "Years the measure runs (periode).", "anyOf": [{ "$ref": "common.schema.json#/$defs/period" }, { "type": "null" }] }, "budget": { "type": ["array", "null"], "description": "Budget by year (budsjett per år), in Workspace.amountUnit of Workspace.currency.", "items": { "type": "object", "description": "Budget for one year (årsbudsjett), in Workspace.amountUnit; negative amounts are savings (innsparing).", "required": ["year"], "properties": { "year": { "description": "Budget year (budsjettår).", "$ref": "common.schema.json#/$defs/year" }, "operating": { "type": ["number", "null"], "description": "Operating budget (driftsbudsjett) amount, at most 10^12 either way: ten times the yearly budget of Norway's largest municipality in NOK, so totals stay exact whole numbers and never overflow.", "minimum": -1e12, "maximum": 1e12 }, "investment": { "type": ["number", "null"], "description": "Investment budget (investeringsbudsjett) amount, at most 10^12 either way: ten times the yearly budget of Norway's largest municipality in NOK, so totals stay exact whole numbers and never overflow.", "minimum": -1e12, "maximum": 1e12 } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema126 = { "type": "object", "description": "A period of whole years (periode), from start year to end year inclusive.", "required": ["start", "end"], "properties": { "start": { "description": "First year of the period (startår).", "$ref": "#/$defs/year" }, "end": { "description": "Last year of the period (sluttår).", "$ref": "#/$defs/year" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate43.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "end" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema126, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.end !== void 0) {
      let data1 = data.end;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2200 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1900 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema126.type, parentSchema: schema126, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.goals === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goals" }, message: "must have required property 'goals'", schema: schema121.required, parentSchema: schema121, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema121.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema121, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Measure" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Measure" }, message: "must be equal to constant", schema: "Measure", parentSchema: schema121.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema121.properties.title.type, parentSchema: schema121.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data3 = data.plan;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err9 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs10 === errors;
      valid2 = valid2 || _valid0;
      const _errs13 = errors;
      if (data3 !== null) {
        const err11 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema121.properties.plan.anyOf[1].type, parentSchema: schema121.properties.plan.anyOf[1], data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      var _valid0 = _errs13 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err12 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema121.properties.plan.anyOf, parentSchema: schema121.properties.plan, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.goals !== void 0) {
      let data4 = data.goals;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err13 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema121.properties.goals, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err14 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data5 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          } else {
            const err15 = { instancePath: instancePath + "/goals/" + i0, schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema121.properties.goals.type, parentSchema: schema121.properties.goals, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.responsible !== void 0) {
      let data6 = data.responsible;
      const _errs21 = errors;
      let valid7 = false;
      const _errs22 = errors;
      if (typeof data6 === "string") {
        if (!pattern5.test(data6)) {
          const err17 = { instancePath: instancePath + "/responsible", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data6 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/responsible", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data6 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid1 = _errs22 === errors;
      valid7 = valid7 || _valid1;
      const _errs25 = errors;
      if (data6 !== null) {
        const err19 = { instancePath: instancePath + "/responsible", schemaPath: "#/properties/responsible/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema121.properties.responsible.anyOf[1].type, parentSchema: schema121.properties.responsible.anyOf[1], data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid1 = _errs25 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const err20 = { instancePath: instancePath + "/responsible", schemaPath: "#/properties/responsible/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema121.properties.responsible.anyOf, parentSchema: schema121.properties.responsible, data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.type !== void 0) {
      let data7 = data.type;
      if (typeof data7 !== "string" && data7 !== null) {
        const err21 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema121.properties.type.type }, message: "must be string,null", schema: schema121.properties.type.type, parentSchema: schema121.properties.type, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data7 === "run" || data7 === "change" || data7 === null)) {
        const err22 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema121.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema121.properties.type.enum, parentSchema: schema121.properties.type, data: data7 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.status !== void 0) {
      let data8 = data.status;
      if (typeof data8 !== "string" && data8 !== null) {
        const err23 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema121.properties.status.type }, message: "must be string,null", schema: schema121.properties.status.type, parentSchema: schema121.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data8 === "planned" || data8 === "ongoing" || data8 === "done" || data8 === "cancelled" || data8 === null)) {
        const err24 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema121.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema121.properties.status.enum, parentSchema: schema121.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data9 = data.period;
      const _errs32 = errors;
      let valid9 = false;
      const _errs33 = errors;
      if (!validate43(data9, { instancePath: instancePath + "/period", parentData: data, parentDataProperty: "period", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs33 === errors;
      valid9 = valid9 || _valid2;
      const _errs34 = errors;
      if (data9 !== null) {
        const err25 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema121.properties.period.anyOf[1].type, parentSchema: schema121.properties.period.anyOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      var _valid2 = _errs34 === errors;
      valid9 = valid9 || _valid2;
      if (!valid9) {
        const err26 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema121.properties.period.anyOf, parentSchema: schema121.properties.period, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs32;
        if (vErrors !== null) {
          if (_errs32) {
            vErrors.length = _errs32;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.budget !== void 0) {
      let data10 = data.budget;
      if (!Array.isArray(data10) && data10 !== null) {
        const err27 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: schema121.properties.budget.type }, message: "must be array,null", schema: schema121.properties.budget.type, parentSchema: schema121.properties.budget, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len1 = data10.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data11 = data10[i1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            if (data11.year === void 0) {
              const err28 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema121.properties.budget.items.required, parentSchema: schema121.properties.budget.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key1 in data11) {
              if (!(key1 === "year" || key1 === "operating" || key1 === "investment" || pattern4.test(key1))) {
                const err29 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema121.properties.budget.items, data: data11 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data11.year !== void 0) {
              let data12 = data11.year;
              if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
                const err30 = { instancePath: instancePath + "/budget/" + i1 + "/year", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data12 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
              if (typeof data12 == "number" && isFinite(data12)) {
                if (data12 > 2200 || isNaN(data12)) {
                  const err31 = { instancePath: instancePath + "/budget/" + i1 + "/year", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err31];
                  } else {
                    vErrors.push(err31);
                  }
                  errors++;
                }
                if (data12 < 1900 || isNaN(data12)) {
                  const err32 = { instancePath: instancePath + "/budget/" + i1 + "/year", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data12 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              }
            }
            if (data11.operating !== void 0) {
              let data13 = data11.operating;
              if (!(typeof data13 == "number" && isFinite(data13)) && data13 !== null) {
                const err33 = { instancePath: instancePath + "/budget/" + i1 + "/operating", schemaPath: "#/properties/budget/items/properties/operating/type", keyword: "type", params: { type: schema121.properties.budget.items.properties.operating.type }, message: "must be number,null", schema: schema121.properties.budget.items.properties.operating.type, parentSchema: schema121.properties.budget.items.properties.operating, data: data13 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
              if (typeof data13 == "number" && isFinite(data13)) {
                if (data13 > 1e12 || isNaN(data13)) {
                  const err34 = { instancePath: instancePath + "/budget/" + i1 + "/operating", schemaPath: "#/properties/budget/items/properties/operating/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema121.properties.budget.items.properties.operating, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err34];
                  } else {
                    vErrors.push(err34);
                  }
                  errors++;
                }
                if (data13 < -1e12 || isNaN(data13)) {
                  const err35 = { instancePath: instancePath + "/budget/" + i1 + "/operating", schemaPath: "#/properties/budget/items/properties/operating/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema121.properties.budget.items.properties.operating, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              }
            }
            if (data11.investment !== void 0) {
              let data14 = data11.investment;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err36 = { instancePath: instancePath + "/budget/" + i1 + "/investment", schemaPath: "#/properties/budget/items/properties/investment/type", keyword: "type", params: { type: schema121.properties.budget.items.properties.investment.type }, message: "must be number,null", schema: schema121.properties.budget.items.properties.investment.type, parentSchema: schema121.properties.budget.items.properties.investment, data: data14 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 1e12 || isNaN(data14)) {
                  const err37 = { instancePath: instancePath + "/budget/" + i1 + "/investment", schemaPath: "#/properties/budget/items/properties/investment/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema121.properties.budget.items.properties.investment, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err37];
                  } else {
                    vErrors.push(err37);
                  }
                  errors++;
                }
                if (data14 < -1e12 || isNaN(data14)) {
                  const err38 = { instancePath: instancePath + "/budget/" + i1 + "/investment", schemaPath: "#/properties/budget/items/properties/investment/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema121.properties.budget.items.properties.investment, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err38];
                  } else {
                    vErrors.push(err38);
                  }
                  errors++;
                }
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema121.properties.budget.items.type, parentSchema: schema121.properties.budget.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 !== "string" && data15 !== null) {
        const err40 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema121.properties.description.type }, message: "must be string,null", schema: schema121.properties.description.type, parentSchema: schema121.properties.description, data: data15 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema121.type, parentSchema: schema121, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Plan = validate45;
var schema130 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/plan.schema.json", "title": "Plan", "description": "Plan (plan): a municipal plan such as the planning strategy (planstrategi), the community part of the municipal master plan (kommuneplanens samfunnsdel), a thematic plan (temaplan) or an action programme (handlingsprogram).", "type": "object", "required": ["kind", "id", "title", "type"], "properties": { "kind": { "description": 'Document kind; always "Plan".', "const": "Plan" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the plan (tittel).", "type": "string" }, "type": { "description": "Type of plan (plantype): planstrategi (planning strategy), kommuneplan-samfunnsdel (community part of the master plan), kommuneplan-arealdel (land-use part), temaplan (thematic plan), strategiplan (strategy plan) or handlingsprogram (action programme, with økonomiplan).", "enum": ["planstrategi", "kommuneplan-samfunnsdel", "kommuneplan-arealdel", "temaplan", "strategiplan", "handlingsprogram"] }, "period": { "description": "Years the plan covers (planperiode).", "anyOf": [{ "$ref": "common.schema.json#/$defs/period" }, { "type": "null" }] }, "status": { "type": ["string", "null"], "enum": ["draft", "consultation", "adopted", "archived", null], "description": "Status of the plan: draft (utkast), consultation (høring), adopted (vedtatt) or archived (arkivert)." }, "adopted": { "type": ["object", "null"], "description": "Adoption decision (vedtak).", "properties": { "date": { "description": "Date of the decision (vedtaksdato).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "body": { "type": ["string", "null"], "description": "Body (organ) that adopted the plan, e.g. Kommunestyret." }, "caseNumber": { "type": ["string", "null"], "description": 'Case number (saksnummer), e.g. "20/1234".' } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "parent": { "description": "Id of the overarching Plan (overordnet plan).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "materiality": { "description": "Id of the MaterialityAssessment (vesentlighetsvurdering) the plan builds on.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "vision": { "type": ["string", "null"], "description": "Vision (visjon) of the plan." }, "focusAreas": { "type": ["array", "null"], "description": "Focus areas (målområder) that goals are grouped under.", "items": { "type": "object", "description": "Focus area (målområde) of the plan.", "required": ["id", "title"], "properties": { "id": { "description": "Focus area id, unique within the plan.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the focus area (tittel).", "type": "string" }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the focus area." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema126.required, parentSchema: schema126, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "end" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema126, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.start !== void 0) {
      let data0 = data.start;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 2200 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1900 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/start", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.end !== void 0) {
      let data1 = data.end;
      if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 2200 || isNaN(data1)) {
          const err7 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data1 < 1900 || isNaN(data1)) {
          const err8 = { instancePath: instancePath + "/end", schemaPath: "#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data1 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema126.type, parentSchema: schema126, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema130.required, parentSchema: schema130, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema130.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Plan" !== data0) {
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Plan" }, message: "must be equal to constant", schema: "Plan", parentSchema: schema130.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema130.properties.title.type, parentSchema: schema130.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data3 = data.type;
      if (!(data3 === "planstrategi" || data3 === "kommuneplan-samfunnsdel" || data3 === "kommuneplan-arealdel" || data3 === "temaplan" || data3 === "strategiplan" || data3 === "handlingsprogram")) {
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema130.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema130.properties.type.enum, parentSchema: schema130.properties.type, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data4 = data.period;
      const _errs10 = errors;
      let valid2 = false;
      const _errs11 = errors;
      if (!validate46(data4, { instancePath: instancePath + "/period", parentData: data, parentDataProperty: "period", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs11 === errors;
      valid2 = valid2 || _valid0;
      const _errs12 = errors;
      if (data4 !== null) {
        const err10 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema130.properties.period.anyOf[1].type, parentSchema: schema130.properties.period.anyOf[1], data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs12 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err11 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema130.properties.period.anyOf, parentSchema: schema130.properties.period, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs10;
        if (vErrors !== null) {
          if (_errs10) {
            vErrors.length = _errs10;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.status !== void 0) {
      let data5 = data.status;
      if (typeof data5 !== "string" && data5 !== null) {
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema130.properties.status.type }, message: "must be string,null", schema: schema130.properties.status.type, parentSchema: schema130.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data5 === "draft" || data5 === "consultation" || data5 === "adopted" || data5 === "archived" || data5 === null)) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema130.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema130.properties.status.enum, parentSchema: schema130.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.adopted !== void 0) {
      let data6 = data.adopted;
      if (!(data6 && typeof data6 == "object" && !Array.isArray(data6)) && data6 !== null) {
        const err14 = { instancePath: instancePath + "/adopted", schemaPath: "#/properties/adopted/type", keyword: "type", params: { type: schema130.properties.adopted.type }, message: "must be object,null", schema: schema130.properties.adopted.type, parentSchema: schema130.properties.adopted, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key1 in data6) {
          if (!(key1 === "date" || key1 === "body" || key1 === "caseNumber" || pattern4.test(key1))) {
            const err15 = { instancePath: instancePath + "/adopted", schemaPath: "#/properties/adopted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130.properties.adopted, data: data6 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data6.date !== void 0) {
          let data7 = data6.date;
          const _errs20 = errors;
          let valid4 = false;
          const _errs21 = errors;
          if (typeof data7 === "string") {
            if (!formats0.validate(data7)) {
              const err16 = { instancePath: instancePath + "/adopted/date", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data7 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/adopted/date", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid1 = _errs21 === errors;
          valid4 = valid4 || _valid1;
          const _errs24 = errors;
          if (data7 !== null) {
            const err18 = { instancePath: instancePath + "/adopted/date", schemaPath: "#/properties/adopted/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema130.properties.adopted.properties.date.anyOf[1].type, parentSchema: schema130.properties.adopted.properties.date.anyOf[1], data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          var _valid1 = _errs24 === errors;
          valid4 = valid4 || _valid1;
          if (!valid4) {
            const err19 = { instancePath: instancePath + "/adopted/date", schemaPath: "#/properties/adopted/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema130.properties.adopted.properties.date.anyOf, parentSchema: schema130.properties.adopted.properties.date, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          } else {
            errors = _errs20;
            if (vErrors !== null) {
              if (_errs20) {
                vErrors.length = _errs20;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data6.body !== void 0) {
          let data8 = data6.body;
          if (typeof data8 !== "string" && data8 !== null) {
            const err20 = { instancePath: instancePath + "/adopted/body", schemaPath: "#/properties/adopted/properties/body/type", keyword: "type", params: { type: schema130.properties.adopted.properties.body.type }, message: "must be string,null", schema: schema130.properties.adopted.properties.body.type, parentSchema: schema130.properties.adopted.properties.body, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
        if (data6.caseNumber !== void 0) {
          let data9 = data6.caseNumber;
          if (typeof data9 !== "string" && data9 !== null) {
            const err21 = { instancePath: instancePath + "/adopted/caseNumber", schemaPath: "#/properties/adopted/properties/caseNumber/type", keyword: "type", params: { type: schema130.properties.adopted.properties.caseNumber.type }, message: "must be string,null", schema: schema130.properties.adopted.properties.caseNumber.type, parentSchema: schema130.properties.adopted.properties.caseNumber, data: data9 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.parent !== void 0) {
      let data10 = data.parent;
      const _errs31 = errors;
      let valid6 = false;
      const _errs32 = errors;
      if (typeof data10 === "string") {
        if (!pattern5.test(data10)) {
          const err22 = { instancePath: instancePath + "/parent", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data10 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/parent", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      var _valid2 = _errs32 === errors;
      valid6 = valid6 || _valid2;
      const _errs35 = errors;
      if (data10 !== null) {
        const err24 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema130.properties.parent.anyOf[1].type, parentSchema: schema130.properties.parent.anyOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      var _valid2 = _errs35 === errors;
      valid6 = valid6 || _valid2;
      if (!valid6) {
        const err25 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema130.properties.parent.anyOf, parentSchema: schema130.properties.parent, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      } else {
        errors = _errs31;
        if (vErrors !== null) {
          if (_errs31) {
            vErrors.length = _errs31;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.materiality !== void 0) {
      let data11 = data.materiality;
      const _errs38 = errors;
      let valid8 = false;
      const _errs39 = errors;
      if (typeof data11 === "string") {
        if (!pattern5.test(data11)) {
          const err26 = { instancePath: instancePath + "/materiality", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data11 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/materiality", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
      var _valid3 = _errs39 === errors;
      valid8 = valid8 || _valid3;
      const _errs42 = errors;
      if (data11 !== null) {
        const err28 = { instancePath: instancePath + "/materiality", schemaPath: "#/properties/materiality/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema130.properties.materiality.anyOf[1].type, parentSchema: schema130.properties.materiality.anyOf[1], data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid3 = _errs42 === errors;
      valid8 = valid8 || _valid3;
      if (!valid8) {
        const err29 = { instancePath: instancePath + "/materiality", schemaPath: "#/properties/materiality/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema130.properties.materiality.anyOf, parentSchema: schema130.properties.materiality, data: data11 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      } else {
        errors = _errs38;
        if (vErrors !== null) {
          if (_errs38) {
            vErrors.length = _errs38;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.vision !== void 0) {
      let data12 = data.vision;
      if (typeof data12 !== "string" && data12 !== null) {
        const err30 = { instancePath: instancePath + "/vision", schemaPath: "#/properties/vision/type", keyword: "type", params: { type: schema130.properties.vision.type }, message: "must be string,null", schema: schema130.properties.vision.type, parentSchema: schema130.properties.vision, data: data12 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.focusAreas !== void 0) {
      let data13 = data.focusAreas;
      if (!Array.isArray(data13) && data13 !== null) {
        const err31 = { instancePath: instancePath + "/focusAreas", schemaPath: "#/properties/focusAreas/type", keyword: "type", params: { type: schema130.properties.focusAreas.type }, message: "must be array,null", schema: schema130.properties.focusAreas.type, parentSchema: schema130.properties.focusAreas, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len0 = data13.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data14 = data13[i0];
          if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
            if (data14.id === void 0) {
              const err32 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema130.properties.focusAreas.items.required, parentSchema: schema130.properties.focusAreas.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data14.title === void 0) {
              const err33 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema130.properties.focusAreas.items.required, parentSchema: schema130.properties.focusAreas.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "id" || key2 === "title" || key2 === "description" || pattern4.test(key2))) {
                const err34 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema130.properties.focusAreas.items, data: data14 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data14.id !== void 0) {
              let data15 = data14.id;
              if (typeof data15 === "string") {
                if (!pattern5.test(data15)) {
                  const err35 = { instancePath: instancePath + "/focusAreas/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
              } else {
                const err36 = { instancePath: instancePath + "/focusAreas/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
                if (vErrors === null) {
                  vErrors = [err36];
                } else {
                  vErrors.push(err36);
                }
                errors++;
              }
            }
            if (data14.title !== void 0) {
              let data16 = data14.title;
              if (typeof data16 !== "string") {
                const err37 = { instancePath: instancePath + "/focusAreas/" + i0 + "/title", schemaPath: "#/properties/focusAreas/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema130.properties.focusAreas.items.properties.title.type, parentSchema: schema130.properties.focusAreas.items.properties.title, data: data16 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
            if (data14.description !== void 0) {
              let data17 = data14.description;
              if (typeof data17 !== "string" && data17 !== null) {
                const err38 = { instancePath: instancePath + "/focusAreas/" + i0 + "/description", schemaPath: "#/properties/focusAreas/items/properties/description/type", keyword: "type", params: { type: schema130.properties.focusAreas.items.properties.description.type }, message: "must be string,null", schema: schema130.properties.focusAreas.items.properties.description.type, parentSchema: schema130.properties.focusAreas.items.properties.description, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.properties.focusAreas.items.type, parentSchema: schema130.properties.focusAreas.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data18 = data.description;
      if (typeof data18 !== "string" && data18 !== null) {
        const err40 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema130.properties.description.type }, message: "must be string,null", schema: schema130.properties.description.type, parentSchema: schema130.properties.description, data: data18 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema130.type, parentSchema: schema130, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.StatusReport = validate48;
var schema139 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/status-report.schema.json", "title": "StatusReport", "description": "StatusReport (tertialrapport, årsberetning; format 1.1): what happened, reported against a handlingsprogram (kommuneloven §§ 14-5 and 14-7): forecasts per budget frame, progress of measures, state of benefits and, in the årsberetning, the topics § 14-7 requires.", "type": "object", "required": ["kind", "id", "title", "plan", "type", "period", "asOf"], "properties": { "kind": { "description": 'Document kind; always "StatusReport".', "const": "StatusReport" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the report (tittel), e.g. 1. tertialrapport 2027.", "type": "string" }, "plan": { "description": "Id of the Plan of type handlingsprogram the report reports against; one report per plan and period.", "$ref": "common.schema.json#/$defs/id" }, "type": { "description": "tertial (tertialrapport, kommuneloven § 14-5) or annual (årsberetning, § 14-7).", "enum": ["tertial", "annual"] }, "period": { "description": "The period reported on: a year and, for a tertial report, its tertial (1: January–April, 2: May–August, 3: September–December).", "type": "object", "required": ["year"], "properties": { "year": { "description": "The budget year (budsjettår).", "$ref": "common.schema.json#/$defs/year" }, "tertial": { "description": "The tertial, 1–3; only in tertial reports.", "type": ["integer", "null"], "minimum": 1, "maximum": 3 } }, "additionalProperties": false }, "asOf": { "description": "The day the figures and statuses are as of (per dato); within the period.", "$ref": "common.schema.json#/$defs/date" }, "summary": { "description": "Short summary (kort om status) from the kommunedirektør.", "type": ["string", "null"] }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] }, "units": { "description": "Forecast (prognose) per budget frame: the net frame of the unit for the year, as the Budget gives it, against the expected result.", "type": ["array", "null"], "items": { "type": "object", "required": ["unit", "forecast"], "properties": { "unit": { "description": "Id of a Workspace unit with a frame in the plan's Budget.", "$ref": "common.schema.json#/$defs/id" }, "forecast": { "description": "Expected net result for the year (prognose), in Workspace.amountUnit, positive as the frame is.", "$ref": "common.schema.json#/$defs/amount" }, "comment": { "description": "Why the forecast differs from the frame, and what is done about it (kommentar).", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "measures": { "description": "Progress (fremdrift) of the plan's measures.", "type": ["array", "null"], "items": { "type": "object", "required": ["measure", "progress"], "properties": { "measure": { "description": "Id of a Measure of the plan.", "$ref": "common.schema.json#/$defs/id" }, "progress": { "description": "not-started (ikke startet), on-track (i rute), at-risk (risiko), delayed (forsinket), done (fullført) or stopped (stanset).", "enum": ["not-started", "on-track", "at-risk", "delayed", "done", "stopped"] }, "comment": { "description": "What was done, and what stands in the way (kommentar).", "type": ["string", "null"] }, "spent": { "description": "Spent so far in the year (forbruk hittil), in Workspace.amountUnit.", "anyOf": [{ "type": "object", "properties": { "operating": { "description": "Operating spending so far (drift).", "$ref": "common.schema.json#/$defs/amount" }, "investment": { "description": "Investment spending so far (investering).", "$ref": "common.schema.json#/$defs/amount" } }, "additionalProperties": false }, { "type": "null" }] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "benefits": { "description": "State of the benefits (gevinster) of the plan's measures.", "type": ["array", "null"], "items": { "type": "object", "required": ["benefit", "status"], "properties": { "benefit": { "description": "Id of a Benefit of a measure of the plan.", "$ref": "common.schema.json#/$defs/id" }, "status": { "description": "planned (planlagt), realising (under realisering), realised (realisert) or abandoned (forkastet), as of asOf.", "enum": ["planned", "realising", "realised", "abandoned"] }, "value": { "description": "The benefit's measured value as of asOf (in the indicator's unit, or NOK per year for economic benefits); optional.", "type": ["number", "null"] }, "comment": { "description": "Comment (kommentar).", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "sections": { "description": "Annual reports only: the topics kommuneloven § 14-7 requires the årsberetning to cover; every one is required there.", "anyOf": [{ "type": "object", "properties": { "finances": { "description": "Økonomisk resultat og handleevne: the economic result and the municipality's financial capacity.", "type": ["string", "null"] }, "deviations": { "description": "Vesentlige budsjettavvik: significant deviations from the annual budget.", "type": ["string", "null"] }, "goals": { "description": "Måloppnåelse og andre ikke-økonomiske forhold: goal attainment and other non-financial matters.", "type": ["string", "null"] }, "ethics": { "description": "Tiltak for høy etisk standard: measures for a high ethical standard.", "type": ["string", "null"] }, "equality": { "description": "Den faktiske tilstanden for likestilling: the actual state of gender equality.", "type": ["string", "null"] }, "activityDuty": { "description": "Aktivitetsplikten (likestillings- og diskrimineringsloven § 26): the duty to promote equality.", "type": ["string", "null"] } }, "additionalProperties": false }, { "type": "null" }] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate48.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.plan === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.period === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "period" }, message: "must have required property 'period'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.asOf === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "asOf" }, message: "must have required property 'asOf'", schema: schema139.required, parentSchema: schema139, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema139.properties, key0) || pattern4.test(key0))) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("StatusReport" !== data0) {
        const err8 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "StatusReport" }, message: "must be equal to constant", schema: "StatusReport", parentSchema: schema139.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err9 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.title !== void 0) {
      let data2 = data.title;
      if (typeof data2 !== "string") {
        const err11 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema139.properties.title.type, parentSchema: schema139.properties.title, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data3 = data.plan;
      if (typeof data3 === "string") {
        if (!pattern5.test(data3)) {
          const err12 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/plan", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data3 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data4 = data.type;
      if (!(data4 === "tertial" || data4 === "annual")) {
        const err14 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema139.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema139.properties.type.enum, parentSchema: schema139.properties.type, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.period !== void 0) {
      let data5 = data.period;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.year === void 0) {
          const err15 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema139.properties.period.required, parentSchema: schema139.properties.period, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "year" || key1 === "tertial")) {
            const err16 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.period, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        if (data5.year !== void 0) {
          let data6 = data5.year;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err17 = { instancePath: instancePath + "/period/year", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 2200 || isNaN(data6)) {
              const err18 = { instancePath: instancePath + "/period/year", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
            if (data6 < 1900 || isNaN(data6)) {
              const err19 = { instancePath: instancePath + "/period/year", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data6 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data5.tertial !== void 0) {
          let data7 = data5.tertial;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7)) && data7 !== null) {
            const err20 = { instancePath: instancePath + "/period/tertial", schemaPath: "#/properties/period/properties/tertial/type", keyword: "type", params: { type: schema139.properties.period.properties.tertial.type }, message: "must be integer,null", schema: schema139.properties.period.properties.tertial.type, parentSchema: schema139.properties.period.properties.tertial, data: data7 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 3 || isNaN(data7)) {
              const err21 = { instancePath: instancePath + "/period/tertial", schemaPath: "#/properties/period/properties/tertial/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3 }, message: "must be <= 3", schema: 3, parentSchema: schema139.properties.period.properties.tertial, data: data7 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err22 = { instancePath: instancePath + "/period/tertial", schemaPath: "#/properties/period/properties/tertial/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema139.properties.period.properties.tertial, data: data7 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.period.type, parentSchema: schema139.properties.period, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.asOf !== void 0) {
      let data8 = data.asOf;
      if (typeof data8 === "string") {
        if (!formats0.validate(data8)) {
          const err24 = { instancePath: instancePath + "/asOf", schemaPath: "common.schema.json#/$defs/date/format", keyword: "format", params: { format: "date" }, message: 'must match format "date"', schema: "date", parentSchema: schema39, data: data8 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/asOf", schemaPath: "common.schema.json#/$defs/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.type, parentSchema: schema39, data: data8 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.summary !== void 0) {
      let data9 = data.summary;
      if (typeof data9 !== "string" && data9 !== null) {
        const err26 = { instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: schema139.properties.summary.type }, message: "must be string,null", schema: schema139.properties.summary.type, parentSchema: schema139.properties.summary, data: data9 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data10 = data.description;
      if (typeof data10 !== "string" && data10 !== null) {
        const err27 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema139.properties.description.type }, message: "must be string,null", schema: schema139.properties.description.type, parentSchema: schema139.properties.description, data: data10 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.units !== void 0) {
      let data11 = data.units;
      if (!Array.isArray(data11) && data11 !== null) {
        const err28 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: schema139.properties.units.type }, message: "must be array,null", schema: schema139.properties.units.type, parentSchema: schema139.properties.units, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      if (Array.isArray(data11)) {
        const len0 = data11.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data12 = data11[i0];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.unit === void 0) {
              const err29 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "unit" }, message: "must have required property 'unit'", schema: schema139.properties.units.items.required, parentSchema: schema139.properties.units.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data12.forecast === void 0) {
              const err30 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "forecast" }, message: "must have required property 'forecast'", schema: schema139.properties.units.items.required, parentSchema: schema139.properties.units.items, data: data12 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            for (const key2 in data12) {
              if (!(key2 === "unit" || key2 === "forecast" || key2 === "comment" || pattern4.test(key2))) {
                const err31 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.units.items, data: data12 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
            if (data12.unit !== void 0) {
              let data13 = data12.unit;
              if (typeof data13 === "string") {
                if (!pattern5.test(data13)) {
                  const err32 = { instancePath: instancePath + "/units/" + i0 + "/unit", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err32];
                  } else {
                    vErrors.push(err32);
                  }
                  errors++;
                }
              } else {
                const err33 = { instancePath: instancePath + "/units/" + i0 + "/unit", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data13 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data12.forecast !== void 0) {
              let data14 = data12.forecast;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err34 = { instancePath: instancePath + "/units/" + i0 + "/forecast", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data14 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
              if (typeof data14 == "number" && isFinite(data14)) {
                if (data14 > 1e12 || isNaN(data14)) {
                  const err35 = { instancePath: instancePath + "/units/" + i0 + "/forecast", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err35];
                  } else {
                    vErrors.push(err35);
                  }
                  errors++;
                }
                if (data14 < -1e12 || isNaN(data14)) {
                  const err36 = { instancePath: instancePath + "/units/" + i0 + "/forecast", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data14 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              }
            }
            if (data12.comment !== void 0) {
              let data15 = data12.comment;
              if (typeof data15 !== "string" && data15 !== null) {
                const err37 = { instancePath: instancePath + "/units/" + i0 + "/comment", schemaPath: "#/properties/units/items/properties/comment/type", keyword: "type", params: { type: schema139.properties.units.items.properties.comment.type }, message: "must be string,null", schema: schema139.properties.units.items.properties.comment.type, parentSchema: schema139.properties.units.items.properties.comment, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.units.items.type, parentSchema: schema139.properties.units.items, data: data12 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      }
    }
    if (data.measures !== void 0) {
      let data16 = data.measures;
      if (!Array.isArray(data16) && data16 !== null) {
        const err39 = { instancePath: instancePath + "/measures", schemaPath: "#/properties/measures/type", keyword: "type", params: { type: schema139.properties.measures.type }, message: "must be array,null", schema: schema139.properties.measures.type, parentSchema: schema139.properties.measures, data: data16 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            if (data17.measure === void 0) {
              const err40 = { instancePath: instancePath + "/measures/" + i1, schemaPath: "#/properties/measures/items/required", keyword: "required", params: { missingProperty: "measure" }, message: "must have required property 'measure'", schema: schema139.properties.measures.items.required, parentSchema: schema139.properties.measures.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data17.progress === void 0) {
              const err41 = { instancePath: instancePath + "/measures/" + i1, schemaPath: "#/properties/measures/items/required", keyword: "required", params: { missingProperty: "progress" }, message: "must have required property 'progress'", schema: schema139.properties.measures.items.required, parentSchema: schema139.properties.measures.items, data: data17 };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            for (const key3 in data17) {
              if (!(key3 === "measure" || key3 === "progress" || key3 === "comment" || key3 === "spent" || pattern4.test(key3))) {
                const err42 = { instancePath: instancePath + "/measures/" + i1, schemaPath: "#/properties/measures/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.measures.items, data: data17 };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data17.measure !== void 0) {
              let data18 = data17.measure;
              if (typeof data18 === "string") {
                if (!pattern5.test(data18)) {
                  const err43 = { instancePath: instancePath + "/measures/" + i1 + "/measure", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data18 };
                  if (vErrors === null) {
                    vErrors = [err43];
                  } else {
                    vErrors.push(err43);
                  }
                  errors++;
                }
              } else {
                const err44 = { instancePath: instancePath + "/measures/" + i1 + "/measure", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data18 };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data17.progress !== void 0) {
              let data19 = data17.progress;
              if (!(data19 === "not-started" || data19 === "on-track" || data19 === "at-risk" || data19 === "delayed" || data19 === "done" || data19 === "stopped")) {
                const err45 = { instancePath: instancePath + "/measures/" + i1 + "/progress", schemaPath: "#/properties/measures/items/properties/progress/enum", keyword: "enum", params: { allowedValues: schema139.properties.measures.items.properties.progress.enum }, message: "must be equal to one of the allowed values", schema: schema139.properties.measures.items.properties.progress.enum, parentSchema: schema139.properties.measures.items.properties.progress, data: data19 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data17.comment !== void 0) {
              let data20 = data17.comment;
              if (typeof data20 !== "string" && data20 !== null) {
                const err46 = { instancePath: instancePath + "/measures/" + i1 + "/comment", schemaPath: "#/properties/measures/items/properties/comment/type", keyword: "type", params: { type: schema139.properties.measures.items.properties.comment.type }, message: "must be string,null", schema: schema139.properties.measures.items.properties.comment.type, parentSchema: schema139.properties.measures.items.properties.comment, data: data20 };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data17.spent !== void 0) {
              let data21 = data17.spent;
              const _errs52 = errors;
              let valid15 = false;
              const _errs53 = errors;
              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                for (const key4 in data21) {
                  if (!(key4 === "operating" || key4 === "investment")) {
                    const err47 = { instancePath: instancePath + "/measures/" + i1 + "/spent", schemaPath: "#/properties/measures/items/properties/spent/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.measures.items.properties.spent.anyOf[0], data: data21 };
                    if (vErrors === null) {
                      vErrors = [err47];
                    } else {
                      vErrors.push(err47);
                    }
                    errors++;
                  }
                }
                if (data21.operating !== void 0) {
                  let data22 = data21.operating;
                  if (!(typeof data22 == "number" && isFinite(data22)) && data22 !== null) {
                    const err48 = { instancePath: instancePath + "/measures/" + i1 + "/spent/operating", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data22 };
                    if (vErrors === null) {
                      vErrors = [err48];
                    } else {
                      vErrors.push(err48);
                    }
                    errors++;
                  }
                  if (typeof data22 == "number" && isFinite(data22)) {
                    if (data22 > 1e12 || isNaN(data22)) {
                      const err49 = { instancePath: instancePath + "/measures/" + i1 + "/spent/operating", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err49];
                      } else {
                        vErrors.push(err49);
                      }
                      errors++;
                    }
                    if (data22 < -1e12 || isNaN(data22)) {
                      const err50 = { instancePath: instancePath + "/measures/" + i1 + "/spent/operating", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data22 };
                      if (vErrors === null) {
                        vErrors = [err50];
                      } else {
                        vErrors.push(err50);
                      }
                      errors++;
                    }
                  }
                }
                if (data21.investment !== void 0) {
                  let data23 = data21.investment;
                  if (!(typeof data23 == "number" && isFinite(data23)) && data23 !== null) {
                    const err51 = { instancePath: instancePath + "/measures/" + i1 + "/spent/investment", schemaPath: "common.schema.json#/$defs/amount/type", keyword: "type", params: { type: schema48.type }, message: "must be number,null", schema: schema48.type, parentSchema: schema48, data: data23 };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                  if (typeof data23 == "number" && isFinite(data23)) {
                    if (data23 > 1e12 || isNaN(data23)) {
                      const err52 = { instancePath: instancePath + "/measures/" + i1 + "/spent/investment", schemaPath: "common.schema.json#/$defs/amount/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema48, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err52];
                      } else {
                        vErrors.push(err52);
                      }
                      errors++;
                    }
                    if (data23 < -1e12 || isNaN(data23)) {
                      const err53 = { instancePath: instancePath + "/measures/" + i1 + "/spent/investment", schemaPath: "common.schema.json#/$defs/amount/minimum", keyword: "minimum", params: { comparison: ">=", limit: -1e12 }, message: "must be >= -1000000000000", schema: -1e12, parentSchema: schema48, data: data23 };
                      if (vErrors === null) {
                        vErrors = [err53];
                      } else {
                        vErrors.push(err53);
                      }
                      errors++;
                    }
                  }
                }
              } else {
                const err54 = { instancePath: instancePath + "/measures/" + i1 + "/spent", schemaPath: "#/properties/measures/items/properties/spent/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.measures.items.properties.spent.anyOf[0].type, parentSchema: schema139.properties.measures.items.properties.spent.anyOf[0], data: data21 };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
              var _valid0 = _errs53 === errors;
              valid15 = valid15 || _valid0;
              const _errs62 = errors;
              if (data21 !== null) {
                const err55 = { instancePath: instancePath + "/measures/" + i1 + "/spent", schemaPath: "#/properties/measures/items/properties/spent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema139.properties.measures.items.properties.spent.anyOf[1].type, parentSchema: schema139.properties.measures.items.properties.spent.anyOf[1], data: data21 };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
              var _valid0 = _errs62 === errors;
              valid15 = valid15 || _valid0;
              if (!valid15) {
                const err56 = { instancePath: instancePath + "/measures/" + i1 + "/spent", schemaPath: "#/properties/measures/items/properties/spent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema139.properties.measures.items.properties.spent.anyOf, parentSchema: schema139.properties.measures.items.properties.spent, data: data21 };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              } else {
                errors = _errs52;
                if (vErrors !== null) {
                  if (_errs52) {
                    vErrors.length = _errs52;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err57 = { instancePath: instancePath + "/measures/" + i1, schemaPath: "#/properties/measures/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.measures.items.type, parentSchema: schema139.properties.measures.items, data: data17 };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
        }
      }
    }
    if (data.benefits !== void 0) {
      let data24 = data.benefits;
      if (!Array.isArray(data24) && data24 !== null) {
        const err58 = { instancePath: instancePath + "/benefits", schemaPath: "#/properties/benefits/type", keyword: "type", params: { type: schema139.properties.benefits.type }, message: "must be array,null", schema: schema139.properties.benefits.type, parentSchema: schema139.properties.benefits, data: data24 };
        if (vErrors === null) {
          vErrors = [err58];
        } else {
          vErrors.push(err58);
        }
        errors++;
      }
      if (Array.isArray(data24)) {
        const len2 = data24.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data25 = data24[i2];
          if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
            if (data25.benefit === void 0) {
              const err59 = { instancePath: instancePath + "/benefits/" + i2, schemaPath: "#/properties/benefits/items/required", keyword: "required", params: { missingProperty: "benefit" }, message: "must have required property 'benefit'", schema: schema139.properties.benefits.items.required, parentSchema: schema139.properties.benefits.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
            if (data25.status === void 0) {
              const err60 = { instancePath: instancePath + "/benefits/" + i2, schemaPath: "#/properties/benefits/items/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property 'status'", schema: schema139.properties.benefits.items.required, parentSchema: schema139.properties.benefits.items, data: data25 };
              if (vErrors === null) {
                vErrors = [err60];
              } else {
                vErrors.push(err60);
              }
              errors++;
            }
            for (const key5 in data25) {
              if (!(key5 === "benefit" || key5 === "status" || key5 === "value" || key5 === "comment" || pattern4.test(key5))) {
                const err61 = { instancePath: instancePath + "/benefits/" + i2, schemaPath: "#/properties/benefits/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.benefits.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data25.benefit !== void 0) {
              let data26 = data25.benefit;
              if (typeof data26 === "string") {
                if (!pattern5.test(data26)) {
                  const err62 = { instancePath: instancePath + "/benefits/" + i2 + "/benefit", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data26 };
                  if (vErrors === null) {
                    vErrors = [err62];
                  } else {
                    vErrors.push(err62);
                  }
                  errors++;
                }
              } else {
                const err63 = { instancePath: instancePath + "/benefits/" + i2 + "/benefit", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data26 };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data25.status !== void 0) {
              let data27 = data25.status;
              if (!(data27 === "planned" || data27 === "realising" || data27 === "realised" || data27 === "abandoned")) {
                const err64 = { instancePath: instancePath + "/benefits/" + i2 + "/status", schemaPath: "#/properties/benefits/items/properties/status/enum", keyword: "enum", params: { allowedValues: schema139.properties.benefits.items.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema139.properties.benefits.items.properties.status.enum, parentSchema: schema139.properties.benefits.items.properties.status, data: data27 };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            }
            if (data25.value !== void 0) {
              let data28 = data25.value;
              if (!(typeof data28 == "number" && isFinite(data28)) && data28 !== null) {
                const err65 = { instancePath: instancePath + "/benefits/" + i2 + "/value", schemaPath: "#/properties/benefits/items/properties/value/type", keyword: "type", params: { type: schema139.properties.benefits.items.properties.value.type }, message: "must be number,null", schema: schema139.properties.benefits.items.properties.value.type, parentSchema: schema139.properties.benefits.items.properties.value, data: data28 };
                if (vErrors === null) {
                  vErrors = [err65];
                } else {
                  vErrors.push(err65);
                }
                errors++;
              }
            }
            if (data25.comment !== void 0) {
              let data29 = data25.comment;
              if (typeof data29 !== "string" && data29 !== null) {
                const err66 = { instancePath: instancePath + "/benefits/" + i2 + "/comment", schemaPath: "#/properties/benefits/items/properties/comment/type", keyword: "type", params: { type: schema139.properties.benefits.items.properties.comment.type }, message: "must be string,null", schema: schema139.properties.benefits.items.properties.comment.type, parentSchema: schema139.properties.benefits.items.properties.comment, data: data29 };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            }
          } else {
            const err67 = { instancePath: instancePath + "/benefits/" + i2, schemaPath: "#/properties/benefits/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.benefits.items.type, parentSchema: schema139.properties.benefits.items, data: data25 };
            if (vErrors === null) {
              vErrors = [err67];
            } else {
              vErrors.push(err67);
            }
            errors++;
          }
        }
      }
    }
    if (data.sections !== void 0) {
      let data30 = data.sections;
      const _errs78 = errors;
      let valid23 = false;
      const _errs79 = errors;
      if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
        for (const key6 in data30) {
          if (!(key6 === "finances" || key6 === "deviations" || key6 === "goals" || key6 === "ethics" || key6 === "equality" || key6 === "activityDuty")) {
            const err68 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/anyOf/0/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema139.properties.sections.anyOf[0], data: data30 };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
        if (data30.finances !== void 0) {
          let data31 = data30.finances;
          if (typeof data31 !== "string" && data31 !== null) {
            const err69 = { instancePath: instancePath + "/sections/finances", schemaPath: "#/properties/sections/anyOf/0/properties/finances/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.finances.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.finances.type, parentSchema: schema139.properties.sections.anyOf[0].properties.finances, data: data31 };
            if (vErrors === null) {
              vErrors = [err69];
            } else {
              vErrors.push(err69);
            }
            errors++;
          }
        }
        if (data30.deviations !== void 0) {
          let data32 = data30.deviations;
          if (typeof data32 !== "string" && data32 !== null) {
            const err70 = { instancePath: instancePath + "/sections/deviations", schemaPath: "#/properties/sections/anyOf/0/properties/deviations/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.deviations.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.deviations.type, parentSchema: schema139.properties.sections.anyOf[0].properties.deviations, data: data32 };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data30.goals !== void 0) {
          let data33 = data30.goals;
          if (typeof data33 !== "string" && data33 !== null) {
            const err71 = { instancePath: instancePath + "/sections/goals", schemaPath: "#/properties/sections/anyOf/0/properties/goals/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.goals.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.goals.type, parentSchema: schema139.properties.sections.anyOf[0].properties.goals, data: data33 };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data30.ethics !== void 0) {
          let data34 = data30.ethics;
          if (typeof data34 !== "string" && data34 !== null) {
            const err72 = { instancePath: instancePath + "/sections/ethics", schemaPath: "#/properties/sections/anyOf/0/properties/ethics/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.ethics.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.ethics.type, parentSchema: schema139.properties.sections.anyOf[0].properties.ethics, data: data34 };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data30.equality !== void 0) {
          let data35 = data30.equality;
          if (typeof data35 !== "string" && data35 !== null) {
            const err73 = { instancePath: instancePath + "/sections/equality", schemaPath: "#/properties/sections/anyOf/0/properties/equality/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.equality.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.equality.type, parentSchema: schema139.properties.sections.anyOf[0].properties.equality, data: data35 };
            if (vErrors === null) {
              vErrors = [err73];
            } else {
              vErrors.push(err73);
            }
            errors++;
          }
        }
        if (data30.activityDuty !== void 0) {
          let data36 = data30.activityDuty;
          if (typeof data36 !== "string" && data36 !== null) {
            const err74 = { instancePath: instancePath + "/sections/activityDuty", schemaPath: "#/properties/sections/anyOf/0/properties/activityDuty/type", keyword: "type", params: { type: schema139.properties.sections.anyOf[0].properties.activityDuty.type }, message: "must be string,null", schema: schema139.properties.sections.anyOf[0].properties.activityDuty.type, parentSchema: schema139.properties.sections.anyOf[0].properties.activityDuty, data: data36 };
            if (vErrors === null) {
              vErrors = [err74];
            } else {
              vErrors.push(err74);
            }
            errors++;
          }
        }
      } else {
        const err75 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/anyOf/0/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.properties.sections.anyOf[0].type, parentSchema: schema139.properties.sections.anyOf[0], data: data30 };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
      var _valid1 = _errs79 === errors;
      valid23 = valid23 || _valid1;
      const _errs94 = errors;
      if (data30 !== null) {
        const err76 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema139.properties.sections.anyOf[1].type, parentSchema: schema139.properties.sections.anyOf[1], data: data30 };
        if (vErrors === null) {
          vErrors = [err76];
        } else {
          vErrors.push(err76);
        }
        errors++;
      }
      var _valid1 = _errs94 === errors;
      valid23 = valid23 || _valid1;
      if (!valid23) {
        const err77 = { instancePath: instancePath + "/sections", schemaPath: "#/properties/sections/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema139.properties.sections.anyOf, parentSchema: schema139.properties.sections, data: data30 };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      } else {
        errors = _errs78;
        if (vErrors !== null) {
          if (_errs78) {
            vErrors.length = _errs78;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err78 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema139.type, parentSchema: schema139, data };
    if (vErrors === null) {
      vErrors = [err78];
    } else {
      vErrors.push(err78);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
validate48.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Workspace = validate49;
var schema150 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/workspace.schema.json", "title": "Workspace", "description": "Workspace (arbeidsområde): the one document in plan.yaml at the repository root, describing the municipality (kommune) and repository-wide settings.", "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "description": 'Document kind; always "Workspace".', "const": "Workspace" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "name": { "description": 'Name of the municipality or organisation (navn), e.g. "Asker kommune".', "type": "string" }, "municipalityNumber": { "type": ["string", "null"], "description": 'Four-digit municipality number (kommunenummer), e.g. "3203".', "pattern": "^[0-9]{4}$" }, "locale": { "type": ["string", "null"], "enum": ["nb", "nn", "en", null], "description": "Language of reports (språk): nb (bokmål), nn (nynorsk) or en (English).", "default": "nb" }, "currency": { "type": ["string", "null"], "description": "ISO 4217 currency code (valuta) of budget figures.", "pattern": "^[A-Z]{3}$", "default": "NOK" }, "amountUnit": { "type": ["number", "null"], "description": "Unit of budget figures (beløpsenhet), in currency units; e.g. 1000 means figures are in 1000 NOK. At most 10^9 (figures in billions).", "exclusiveMinimum": 0, "default": 1, "maximum": 1e9 }, "firstElectionYear": { "description": "Year of a municipal election (kommunestyrevalg) from which council periods (valgperioder) are counted every four years, e.g. 2023 gives 2023–2027, 2027–2031, ….", "anyOf": [{ "$ref": "common.schema.json#/$defs/year" }, { "type": "null" }] }, "units": { "type": ["array", "null"], "description": "Organisational units / service areas (tjenesteområder) that can be responsible for measures and benefits.", "items": { "type": "object", "description": "Organisational unit or service area (tjenesteområde).", "required": ["id", "title"], "properties": { "id": { "description": "Unit id, unique within the workspace.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Name of the unit (navn).", "type": "string" }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the unit." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "exclude": { "type": ["array", "null"], "description": 'Glob patterns (relative to the repository root) of files not to read; a glob that matches a folder ("drafts", "drafts/", "drafts/**") leaves out everything in it. At most 100 globs of at most 256 characters, so that matching stays fast.', "maxItems": 100, "items": { "description": 'Glob pattern relative to the repository root, e.g. "drafts/**": * is any characters but /, ** as a whole segment any number of folders, ? one character but /, [a-z] and [!a-z] one character in or not in a set, {a,b} either alternative, \\ the next character as it is; every other character stands for itself (no negation, no extglobs).', "type": "string", "maxLength": 256 } }, "rules": { "type": ["object", "null"], "additionalProperties": { "enum": ["error", "warning", "off"] }, "description": 'Per-rule severity overrides (regelnivå): keys are rule ids (e.g. "goal-without-indicator"), values are error, warning or off.' }, "catalog": { "type": ["string", "null"], "description": "Path, relative to the repository root, to a YAML file with fuller SDG titles (bærekraftskatalog) that supplement the built-in catalog." }, "calendars": { "type": ["object", "null"], "description": "Calendar settings (årshjul): which built-in calendars the workspace includes next to its own Calendar documents.", "properties": { "include": { "type": ["array", "null"], "description": "Built-in calendars to include, by id: norway-municipal is the statutory plan and budget cycle of Norwegian municipalities (lovpålagte frister).", "items": { "description": "Id of a built-in calendar.", "enum": ["norway-municipal"] } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var func12 = require_ucs2length().default;
var pattern81 = new RegExp("^[0-9]{4}$", "u");
var pattern82 = new RegExp("^[A-Z]{3}$", "u");
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema150.required, parentSchema: schema150, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema150.required, parentSchema: schema150, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema150.required, parentSchema: schema150, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema150.properties, key0) || pattern4.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema150, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data0 = data.kind;
      if ("Workspace" !== data0) {
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Workspace" }, message: "must be equal to constant", schema: "Workspace", parentSchema: schema150.properties.kind, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data1 = data.id;
      if (typeof data1 === "string") {
        if (!pattern5.test(data1)) {
          const err5 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data2 = data.name;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema150.properties.name.type, parentSchema: schema150.properties.name, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.municipalityNumber !== void 0) {
      let data3 = data.municipalityNumber;
      if (typeof data3 !== "string" && data3 !== null) {
        const err8 = { instancePath: instancePath + "/municipalityNumber", schemaPath: "#/properties/municipalityNumber/type", keyword: "type", params: { type: schema150.properties.municipalityNumber.type }, message: "must be string,null", schema: schema150.properties.municipalityNumber.type, parentSchema: schema150.properties.municipalityNumber, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!pattern81.test(data3)) {
          const err9 = { instancePath: instancePath + "/municipalityNumber", schemaPath: "#/properties/municipalityNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}$" }, message: 'must match pattern "^[0-9]{4}$"', schema: "^[0-9]{4}$", parentSchema: schema150.properties.municipalityNumber, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.locale !== void 0) {
      let data4 = data.locale;
      if (typeof data4 !== "string" && data4 !== null) {
        const err10 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: schema150.properties.locale.type }, message: "must be string,null", schema: schema150.properties.locale.type, parentSchema: schema150.properties.locale, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "nb" || data4 === "nn" || data4 === "en" || data4 === null)) {
        const err11 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/enum", keyword: "enum", params: { allowedValues: schema150.properties.locale.enum }, message: "must be equal to one of the allowed values", schema: schema150.properties.locale.enum, parentSchema: schema150.properties.locale, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.currency !== void 0) {
      let data5 = data.currency;
      if (typeof data5 !== "string" && data5 !== null) {
        const err12 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: schema150.properties.currency.type }, message: "must be string,null", schema: schema150.properties.currency.type, parentSchema: schema150.properties.currency, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern82.test(data5)) {
          const err13 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema150.properties.currency, data: data5 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.amountUnit !== void 0) {
      let data6 = data.amountUnit;
      if (!(typeof data6 == "number" && isFinite(data6)) && data6 !== null) {
        const err14 = { instancePath: instancePath + "/amountUnit", schemaPath: "#/properties/amountUnit/type", keyword: "type", params: { type: schema150.properties.amountUnit.type }, message: "must be number,null", schema: schema150.properties.amountUnit.type, parentSchema: schema150.properties.amountUnit, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 1e9 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/amountUnit", schemaPath: "#/properties/amountUnit/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e9 }, message: "must be <= 1000000000", schema: 1e9, parentSchema: schema150.properties.amountUnit, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err16 = { instancePath: instancePath + "/amountUnit", schemaPath: "#/properties/amountUnit/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema150.properties.amountUnit, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
    if (data.firstElectionYear !== void 0) {
      let data7 = data.firstElectionYear;
      const _errs17 = errors;
      let valid2 = false;
      const _errs18 = errors;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err17 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data7 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2200 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        if (data7 < 1900 || isNaN(data7)) {
          const err19 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data7 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      }
      var _valid0 = _errs18 === errors;
      valid2 = valid2 || _valid0;
      const _errs21 = errors;
      if (data7 !== null) {
        const err20 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "#/properties/firstElectionYear/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema150.properties.firstElectionYear.anyOf[1].type, parentSchema: schema150.properties.firstElectionYear.anyOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err21 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "#/properties/firstElectionYear/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema150.properties.firstElectionYear.anyOf, parentSchema: schema150.properties.firstElectionYear, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      } else {
        errors = _errs17;
        if (vErrors !== null) {
          if (_errs17) {
            vErrors.length = _errs17;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.units !== void 0) {
      let data8 = data.units;
      if (!Array.isArray(data8) && data8 !== null) {
        const err22 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: schema150.properties.units.type }, message: "must be array,null", schema: schema150.properties.units.type, parentSchema: schema150.properties.units, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.id === void 0) {
              const err23 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema150.properties.units.items.required, parentSchema: schema150.properties.units.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data9.title === void 0) {
              const err24 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema150.properties.units.items.required, parentSchema: schema150.properties.units.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "id" || key1 === "title" || key1 === "description" || pattern4.test(key1))) {
                const err25 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema150.properties.units.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.id !== void 0) {
              let data10 = data9.id;
              if (typeof data10 === "string") {
                if (!pattern5.test(data10)) {
                  const err26 = { instancePath: instancePath + "/units/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err26];
                  } else {
                    vErrors.push(err26);
                  }
                  errors++;
                }
              } else {
                const err27 = { instancePath: instancePath + "/units/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              let data11 = data9.title;
              if (typeof data11 !== "string") {
                const err28 = { instancePath: instancePath + "/units/" + i0 + "/title", schemaPath: "#/properties/units/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema150.properties.units.items.properties.title.type, parentSchema: schema150.properties.units.items.properties.title, data: data11 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.description !== void 0) {
              let data12 = data9.description;
              if (typeof data12 !== "string" && data12 !== null) {
                const err29 = { instancePath: instancePath + "/units/" + i0 + "/description", schemaPath: "#/properties/units/items/properties/description/type", keyword: "type", params: { type: schema150.properties.units.items.properties.description.type }, message: "must be string,null", schema: schema150.properties.units.items.properties.description.type, parentSchema: schema150.properties.units.items.properties.description, data: data12 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
          } else {
            const err30 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema150.properties.units.items.type, parentSchema: schema150.properties.units.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
      }
    }
    if (data.exclude !== void 0) {
      let data13 = data.exclude;
      if (!Array.isArray(data13) && data13 !== null) {
        const err31 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: schema150.properties.exclude.type }, message: "must be array,null", schema: schema150.properties.exclude.type, parentSchema: schema150.properties.exclude, data: data13 };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        if (data13.length > 100) {
          const err32 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items", schema: 100, parentSchema: schema150.properties.exclude, data: data13 };
          if (vErrors === null) {
            vErrors = [err32];
          } else {
            vErrors.push(err32);
          }
          errors++;
        }
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (typeof data14 === "string") {
            if (func12(data14) > 256) {
              const err33 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/maxLength", keyword: "maxLength", params: { limit: 256 }, message: "must NOT have more than 256 characters", schema: 256, parentSchema: schema150.properties.exclude.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema150.properties.exclude.items.type, parentSchema: schema150.properties.exclude.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data15 = data.rules;
      if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
        const err35 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: schema150.properties.rules.type }, message: "must be object,null", schema: schema150.properties.rules.type, parentSchema: schema150.properties.rules, data: data15 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          let data16 = data15[key2];
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            const err36 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema150.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema150.properties.rules.additionalProperties.enum, parentSchema: schema150.properties.rules.additionalProperties, data: data16 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      }
    }
    if (data.catalog !== void 0) {
      let data17 = data.catalog;
      if (typeof data17 !== "string" && data17 !== null) {
        const err37 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/type", keyword: "type", params: { type: schema150.properties.catalog.type }, message: "must be string,null", schema: schema150.properties.catalog.type, parentSchema: schema150.properties.catalog, data: data17 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.calendars !== void 0) {
      let data18 = data.calendars;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err38 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/type", keyword: "type", params: { type: schema150.properties.calendars.type }, message: "must be object,null", schema: schema150.properties.calendars.type, parentSchema: schema150.properties.calendars, data: data18 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(key3 === "include" || pattern4.test(key3))) {
            const err39 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema150.properties.calendars, data: data18 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
        if (data18.include !== void 0) {
          let data19 = data18.include;
          if (!Array.isArray(data19) && data19 !== null) {
            const err40 = { instancePath: instancePath + "/calendars/include", schemaPath: "#/properties/calendars/properties/include/type", keyword: "type", params: { type: schema150.properties.calendars.properties.include.type }, message: "must be array,null", schema: schema150.properties.calendars.properties.include.type, parentSchema: schema150.properties.calendars.properties.include, data: data19 };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (Array.isArray(data19)) {
            const len2 = data19.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data20 = data19[i2];
              if (!(data20 === "norway-municipal")) {
                const err41 = { instancePath: instancePath + "/calendars/include/" + i2, schemaPath: "#/properties/calendars/properties/include/items/enum", keyword: "enum", params: { allowedValues: schema150.properties.calendars.properties.include.items.enum }, message: "must be equal to one of the allowed values", schema: schema150.properties.calendars.properties.include.items.enum, parentSchema: schema150.properties.calendars.properties.include.items, data: data20 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            }
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data21 = data.description;
      if (typeof data21 !== "string" && data21 !== null) {
        const err42 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema150.properties.description.type }, message: "must be string,null", schema: schema150.properties.description.type, parentSchema: schema150.properties.description, data: data21 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
  } else {
    const err43 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema150.type, parentSchema: schema150, data };
    if (vErrors === null) {
      vErrors = [err43];
    } else {
      vErrors.push(err43);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.schemaHash = "a69c48e94ef90c5a611c4d980880f5a10cd3d9b579eb60a0bf18a1295fa8c6f1";
