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

// generated/validators.cjs
exports.Benefit = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/benefit.schema.json", "title": "Benefit", "description": "Benefit (gevinst): an effect a measure (tiltak) is expected to produce, with an owner, a target and a date by which it is realised (gevinstrealisering).", "type": "object", "required": ["kind", "id", "title", "measure"], "properties": { "kind": { "description": 'Document kind; always "Benefit".', "const": "Benefit" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the benefit (tittel).", "type": "string" }, "measure": { "description": "Id of the Measure (tiltak) whose change produces the benefit.", "$ref": "common.schema.json#/$defs/id" }, "change": { "type": ["string", "null"], "description": "The change (endring) that produces the benefit." }, "owner": { "description": "Id of the Workspace unit (tjenesteområde) that owns the benefit (gevinsteier).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "type": { "type": ["string", "null"], "enum": ["economic", "quality", "time", "climate", "other", null], "description": "Type of benefit: economic (økonomisk), quality (kvalitet), time (tid), climate (klima) or other (annet)." }, "indicator": { "description": "Id of the Indicator (indikator) that measures the benefit.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "target": { "description": "Target (mål): the value to reach by the year, in the indicator's unit, or NOK per year for economic benefits.", "anyOf": [{ "$ref": "common.schema.json#/$defs/yearValue" }, { "type": "null" }] }, "realizedBy": { "description": "Date by which the benefit is to be realised (realiseres innen).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "status": { "type": ["string", "null"], "enum": ["planned", "realising", "realised", "abandoned", null], "description": "Status: planned (planlagt), realising (under realisering), realised (realisert) or abandoned (forkastet)." }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema33 = { "description": 'Identifier (id): lower-case letters, digits, ".", "_" and "-", starting with a letter or digit. Document ids are unique across the repository; item ids are unique within their document.', "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]*$" };
var schema39 = { "description": "ISO calendar date (dato), YYYY-MM-DD.", "type": "string", "format": "date" };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^x-", "u");
var pattern5 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");
var schema37 = { "type": "object", "description": "A value for a given year (år og verdi).", "required": ["year", "value"], "properties": { "year": { "description": "Year (år) the value applies to.", "$ref": "#/$defs/year" }, "value": { "description": "Numeric value (verdi).", "type": "number" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
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
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
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
exports.Calendar = validate24;
var schema40 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/calendar.schema.json", "title": "Calendar", "description": "Calendar (årshjul): the yearly cycle of political, budget, reporting and planning events, plus one-off events.", "type": "object", "required": ["kind", "id", "title", "events"], "properties": { "kind": { "description": 'Document kind; always "Calendar".', "const": "Calendar" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the calendar (tittel).", "type": "string" }, "events": { "type": "array", "description": "Events (hendelser) in the årshjul. Each event has either date (one-off) or month (yearly); that is checked by a repository rule.", "items": { "type": "object", "description": "An event (hendelse) in the årshjul.", "required": ["id", "title", "category"], "properties": { "id": { "description": "Event id, unique within the calendar.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the event (tittel).", "type": "string" }, "category": { "description": "Category (kategori): political (politisk), budget (budsjett), reporting (rapportering), planning (planlegging), deadline (frist), people (medarbeidere) or other (annet).", "enum": ["political", "budget", "reporting", "planning", "deadline", "people", "other"] }, "month": { "type": ["integer", "null"], "minimum": 1, "maximum": 12, "description": "Month (måned) of a yearly event, 1–12." }, "day": { "type": ["integer", "null"], "minimum": 1, "maximum": 31, "description": "Day of the month (dag) of a yearly event; leave out for the whole month." }, "councilYear": { "type": ["integer", "null"], "minimum": 1, "maximum": 4, "description": "Year of the council period (år i valgperioden), 1–4, in which a yearly event takes place; year 1 is the first calendar year after the election year." }, "date": { "description": "Date (dato) of a one-off event.", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "end": { "description": "Last date (sluttdato) of a one-off event spanning several days.", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "body": { "type": ["string", "null"], "description": "Body (organ) responsible for or meeting at the event, e.g. Kommunestyret." }, "legalBasis": { "type": ["string", "null"], "description": "Legal basis (hjemmel) for the event, e.g. plan- og bygningsloven § 10-1." }, "relatesTo": { "description": "Id of any document (dokument) the event relates to.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the event." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
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
    if (data.events === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "events" }, message: "must have required property 'events'", schema: schema40.required, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "title" || key0 === "events" || key0 === "description" || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Calendar" }, message: "must be equal to constant", schema: "Calendar", parentSchema: schema40.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.title.type, parentSchema: schema40.properties.title, data: data2 };
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
              const err9 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema40.properties.events.items.required, parentSchema: schema40.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data4.title === void 0) {
              const err10 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema40.properties.events.items.required, parentSchema: schema40.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data4.category === void 0) {
              const err11 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/required", keyword: "required", params: { missingProperty: "category" }, message: "must have required property 'category'", schema: schema40.properties.events.items.required, parentSchema: schema40.properties.events.items, data: data4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key1 in data4) {
              if (!(func1.call(schema40.properties.events.items.properties, key1) || pattern4.test(key1))) {
                const err12 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40.properties.events.items, data: data4 };
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
                const err15 = { instancePath: instancePath + "/events/" + i0 + "/title", schemaPath: "#/properties/events/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema40.properties.events.items.properties.title.type, parentSchema: schema40.properties.events.items.properties.title, data: data6 };
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
                const err16 = { instancePath: instancePath + "/events/" + i0 + "/category", schemaPath: "#/properties/events/items/properties/category/enum", keyword: "enum", params: { allowedValues: schema40.properties.events.items.properties.category.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.events.items.properties.category.enum, parentSchema: schema40.properties.events.items.properties.category, data: data7 };
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
                const err17 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/type", keyword: "type", params: { type: schema40.properties.events.items.properties.month.type }, message: "must be integer,null", schema: schema40.properties.events.items.properties.month.type, parentSchema: schema40.properties.events.items.properties.month, data: data8 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (typeof data8 == "number" && isFinite(data8)) {
                if (data8 > 12 || isNaN(data8)) {
                  const err18 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/maximum", keyword: "maximum", params: { comparison: "<=", limit: 12 }, message: "must be <= 12", schema: 12, parentSchema: schema40.properties.events.items.properties.month, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err18];
                  } else {
                    vErrors.push(err18);
                  }
                  errors++;
                }
                if (data8 < 1 || isNaN(data8)) {
                  const err19 = { instancePath: instancePath + "/events/" + i0 + "/month", schemaPath: "#/properties/events/items/properties/month/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.properties.events.items.properties.month, data: data8 };
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
                const err20 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/type", keyword: "type", params: { type: schema40.properties.events.items.properties.day.type }, message: "must be integer,null", schema: schema40.properties.events.items.properties.day.type, parentSchema: schema40.properties.events.items.properties.day, data: data9 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (typeof data9 == "number" && isFinite(data9)) {
                if (data9 > 31 || isNaN(data9)) {
                  const err21 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/maximum", keyword: "maximum", params: { comparison: "<=", limit: 31 }, message: "must be <= 31", schema: 31, parentSchema: schema40.properties.events.items.properties.day, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err21];
                  } else {
                    vErrors.push(err21);
                  }
                  errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  const err22 = { instancePath: instancePath + "/events/" + i0 + "/day", schemaPath: "#/properties/events/items/properties/day/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.properties.events.items.properties.day, data: data9 };
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
                const err23 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/type", keyword: "type", params: { type: schema40.properties.events.items.properties.councilYear.type }, message: "must be integer,null", schema: schema40.properties.events.items.properties.councilYear.type, parentSchema: schema40.properties.events.items.properties.councilYear, data: data10 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data10 == "number" && isFinite(data10)) {
                if (data10 > 4 || isNaN(data10)) {
                  const err24 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4 }, message: "must be <= 4", schema: 4, parentSchema: schema40.properties.events.items.properties.councilYear, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data10 < 1 || isNaN(data10)) {
                  const err25 = { instancePath: instancePath + "/events/" + i0 + "/councilYear", schemaPath: "#/properties/events/items/properties/councilYear/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.properties.events.items.properties.councilYear, data: data10 };
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
                const err28 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "#/properties/events/items/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.events.items.properties.date.anyOf[1].type, parentSchema: schema40.properties.events.items.properties.date.anyOf[1], data: data11 };
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
                const err29 = { instancePath: instancePath + "/events/" + i0 + "/date", schemaPath: "#/properties/events/items/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.events.items.properties.date.anyOf, parentSchema: schema40.properties.events.items.properties.date, data: data11 };
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
                const err32 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "#/properties/events/items/properties/end/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.events.items.properties.end.anyOf[1].type, parentSchema: schema40.properties.events.items.properties.end.anyOf[1], data: data12 };
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
                const err33 = { instancePath: instancePath + "/events/" + i0 + "/end", schemaPath: "#/properties/events/items/properties/end/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.events.items.properties.end.anyOf, parentSchema: schema40.properties.events.items.properties.end, data: data12 };
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
            if (data4.body !== void 0) {
              let data13 = data4.body;
              if (typeof data13 !== "string" && data13 !== null) {
                const err34 = { instancePath: instancePath + "/events/" + i0 + "/body", schemaPath: "#/properties/events/items/properties/body/type", keyword: "type", params: { type: schema40.properties.events.items.properties.body.type }, message: "must be string,null", schema: schema40.properties.events.items.properties.body.type, parentSchema: schema40.properties.events.items.properties.body, data: data13 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
            if (data4.legalBasis !== void 0) {
              let data14 = data4.legalBasis;
              if (typeof data14 !== "string" && data14 !== null) {
                const err35 = { instancePath: instancePath + "/events/" + i0 + "/legalBasis", schemaPath: "#/properties/events/items/properties/legalBasis/type", keyword: "type", params: { type: schema40.properties.events.items.properties.legalBasis.type }, message: "must be string,null", schema: schema40.properties.events.items.properties.legalBasis.type, parentSchema: schema40.properties.events.items.properties.legalBasis, data: data14 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
            if (data4.relatesTo !== void 0) {
              let data15 = data4.relatesTo;
              const _errs44 = errors;
              let valid10 = false;
              const _errs45 = errors;
              if (typeof data15 === "string") {
                if (!pattern5.test(data15)) {
                  const err36 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data15 };
                  if (vErrors === null) {
                    vErrors = [err36];
                  } else {
                    vErrors.push(err36);
                  }
                  errors++;
                }
              } else {
                const err37 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data15 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
              var _valid2 = _errs45 === errors;
              valid10 = valid10 || _valid2;
              const _errs48 = errors;
              if (data15 !== null) {
                const err38 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "#/properties/events/items/properties/relatesTo/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema40.properties.events.items.properties.relatesTo.anyOf[1].type, parentSchema: schema40.properties.events.items.properties.relatesTo.anyOf[1], data: data15 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
              var _valid2 = _errs48 === errors;
              valid10 = valid10 || _valid2;
              if (!valid10) {
                const err39 = { instancePath: instancePath + "/events/" + i0 + "/relatesTo", schemaPath: "#/properties/events/items/properties/relatesTo/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.properties.events.items.properties.relatesTo.anyOf, parentSchema: schema40.properties.events.items.properties.relatesTo, data: data15 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              } else {
                errors = _errs44;
                if (vErrors !== null) {
                  if (_errs44) {
                    vErrors.length = _errs44;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
            if (data4.description !== void 0) {
              let data16 = data4.description;
              if (typeof data16 !== "string" && data16 !== null) {
                const err40 = { instancePath: instancePath + "/events/" + i0 + "/description", schemaPath: "#/properties/events/items/properties/description/type", keyword: "type", params: { type: schema40.properties.events.items.properties.description.type }, message: "must be string,null", schema: schema40.properties.events.items.properties.description.type, parentSchema: schema40.properties.events.items.properties.description, data: data16 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
            }
          } else {
            const err41 = { instancePath: instancePath + "/events/" + i0, schemaPath: "#/properties/events/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.properties.events.items.type, parentSchema: schema40.properties.events.items, data: data4 };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
        }
      } else {
        const err42 = { instancePath: instancePath + "/events", schemaPath: "#/properties/events/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.properties.events.type, parentSchema: schema40.properties.events, data: data3 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data17 = data.description;
      if (typeof data17 !== "string" && data17 !== null) {
        const err43 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema40.properties.description.type }, message: "must be string,null", schema: schema40.properties.description.type, parentSchema: schema40.properties.description, data: data17 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
  } else {
    const err44 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err44];
    } else {
      vErrors.push(err44);
    }
    errors++;
  }
  validate24.errors = vErrors;
  return errors === 0;
}
validate24.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.SdgCatalog = validate25;
var schema46 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/catalog.schema.json", "title": "SdgCatalog", "description": "A workspace's own SDG titles (bærekraftsmål, delmål, indikatorer), e.g. official translations, that replace the built-in short titles. Named by Workspace.catalog; not a plan document.", "type": "object", "required": ["kind"], "properties": { "kind": { "description": 'Always "SdgCatalog".', "const": "SdgCatalog" }, "source": { "description": "Where the titles come from (kilde), e.g. the translation and its licence.", "type": ["string", "null"] }, "nb": { "$ref": "#/$defs/titles", "description": "Titles in Norwegian bokmål." }, "nn": { "$ref": "#/$defs/titles", "description": "Titles in Norwegian nynorsk." }, "en": { "$ref": "#/$defs/titles", "description": "Titles in English." } }, "additionalProperties": false, "patternProperties": { "^x-": {} }, "$defs": { "titleMap": { "description": "SDG id (quoted) to title.", "type": "object", "additionalProperties": { "type": "string" } }, "titles": { "type": "object", "properties": { "goals": { "$ref": "#/$defs/titleMap", "description": 'Goal titles (bærekraftsmål) by id, "1"–"17".' }, "targets": { "$ref": "#/$defs/titleMap", "description": 'Target titles (delmål) by id, e.g. "3.4".' }, "indicators": { "$ref": "#/$defs/titleMap", "description": 'Indicator titles (indikatorer) by id, e.g. "3.4.1".' } }, "additionalProperties": false, "patternProperties": { "^x-": {} } } } };
var schema47 = { "type": "object", "properties": { "goals": { "$ref": "#/$defs/titleMap", "description": 'Goal titles (bærekraftsmål) by id, "1"–"17".' }, "targets": { "$ref": "#/$defs/titleMap", "description": 'Target titles (delmål) by id, e.g. "3.4".' }, "indicators": { "$ref": "#/$defs/titleMap", "description": 'Indicator titles (indikatorer) by id, e.g. "3.4.1".' } }, "additionalProperties": false, "patternProperties": { "^x-": {} } };
var schema48 = { "description": "SDG id (quoted) to title.", "type": "object", "additionalProperties": { "type": "string" } };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    for (const key0 in data) {
      if (!(key0 === "goals" || key0 === "targets" || key0 === "indicators" || pattern4.test(key0))) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
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
            const err1 = { instancePath: instancePath + "/goals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.additionalProperties.type, parentSchema: schema48.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
        }
      } else {
        const err2 = { instancePath: instancePath + "/goals", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data0 };
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
            const err3 = { instancePath: instancePath + "/targets/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.additionalProperties.type, parentSchema: schema48.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/targets", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data2 };
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
            const err5 = { instancePath: instancePath + "/indicators/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/titleMap/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.additionalProperties.type, parentSchema: schema48.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/indicators", schemaPath: "#/$defs/titleMap/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema46.required, parentSchema: schema46, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "source" || key0 === "nb" || key0 === "nn" || key0 === "en" || pattern4.test(key0))) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
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
        const err2 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "SdgCatalog" }, message: "must be equal to constant", schema: "SdgCatalog", parentSchema: schema46.properties.kind, data: data0 };
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
        const err3 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema46.properties.source.type }, message: "must be string,null", schema: schema46.properties.source.type, parentSchema: schema46.properties.source, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.nb !== void 0) {
      if (!validate26(data.nb, { instancePath: instancePath + "/nb", parentData: data, parentDataProperty: "nb", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.nn !== void 0) {
      if (!validate26(data.nn, { instancePath: instancePath + "/nn", parentData: data, parentDataProperty: "nn", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.en !== void 0) {
      if (!validate26(data.en, { instancePath: instancePath + "/en", parentData: data, parentDataProperty: "en", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Goal = validate30;
var schema51 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/goal.schema.json", "title": "Goal", "description": "Goal (mål): an objective in a plan, linked to SDG targets (bærekraftsdelmål) and measured by indicators (indikatorer).", "type": "object", "required": ["kind", "id", "title", "plan"], "properties": { "kind": { "description": 'Document kind; always "Goal".', "const": "Goal" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "The goal statement (målformulering).", "type": "string" }, "plan": { "description": "Id of the Plan the goal belongs to.", "$ref": "common.schema.json#/$defs/id" }, "focusArea": { "description": "Id of a focus area (målområde) in that plan.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "level": { "type": ["string", "null"], "enum": ["society", "service", "organisation", null], "description": "Level of the goal: society (samfunnsmål), service (tjenestemål) or organisation (organisasjonsmål)." }, "parent": { "description": "Id of the parent Goal when this is a sub-goal (delmål); no cycles.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "sdgTargets": { "type": ["array", "null"], "description": "SDG targets (bærekraftsdelmål) the goal contributes to.", "items": { "description": 'An SDG target id, e.g. "3.4".', "$ref": "common.schema.json#/$defs/sdgTargetId" } }, "indicators": { "type": ["array", "null"], "description": "Ids of the indicators (indikatorer) that measure the goal.", "items": { "description": "Id of an Indicator.", "$ref": "common.schema.json#/$defs/id" } }, "strategies": { "type": ["array", "null"], "description": "Strategies (strategier) for reaching the goal.", "items": { "description": "A strategy.", "type": "string" } }, "stakeholders": { "type": ["array", "null"], "description": "Stakeholders / partners (aktører, samarbeidspartnere).", "items": { "description": "A stakeholder.", "type": "string" } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema56 = { "description": 'UN Sustainable Development Goal target id (bærekraftsdelmål), e.g. "3.4" or "11.a". Must be a (quoted) string: an unquoted 3.10 is read as the number 3.1. Unknown ids are reported by a later catalog check.', "type": "string" };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.plan === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "plan" }, message: "must have required property 'plan'", schema: schema51.required, parentSchema: schema51, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema51.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Goal" }, message: "must be equal to constant", schema: "Goal", parentSchema: schema51.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.title.type, parentSchema: schema51.properties.title, data: data2 };
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
        const err13 = { instancePath: instancePath + "/focusArea", schemaPath: "#/properties/focusArea/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema51.properties.focusArea.anyOf[1].type, parentSchema: schema51.properties.focusArea.anyOf[1], data: data4 };
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
        const err14 = { instancePath: instancePath + "/focusArea", schemaPath: "#/properties/focusArea/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema51.properties.focusArea.anyOf, parentSchema: schema51.properties.focusArea, data: data4 };
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
        const err15 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: schema51.properties.level.type }, message: "must be string,null", schema: schema51.properties.level.type, parentSchema: schema51.properties.level, data: data5 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (!(data5 === "society" || data5 === "service" || data5 === "organisation" || data5 === null)) {
        const err16 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema51.properties.level.enum }, message: "must be equal to one of the allowed values", schema: schema51.properties.level.enum, parentSchema: schema51.properties.level, data: data5 };
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
        const err19 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema51.properties.parent.anyOf[1].type, parentSchema: schema51.properties.parent.anyOf[1], data: data6 };
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
        const err20 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema51.properties.parent.anyOf, parentSchema: schema51.properties.parent, data: data6 };
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
        const err21 = { instancePath: instancePath + "/sdgTargets", schemaPath: "#/properties/sdgTargets/type", keyword: "type", params: { type: schema51.properties.sdgTargets.type }, message: "must be array,null", schema: schema51.properties.sdgTargets.type, parentSchema: schema51.properties.sdgTargets, data: data7 };
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
            const err22 = { instancePath: instancePath + "/sdgTargets/" + i0, schemaPath: "common.schema.json#/$defs/sdgTargetId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.type, parentSchema: schema56, data: data8 };
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
        const err23 = { instancePath: instancePath + "/indicators", schemaPath: "#/properties/indicators/type", keyword: "type", params: { type: schema51.properties.indicators.type }, message: "must be array,null", schema: schema51.properties.indicators.type, parentSchema: schema51.properties.indicators, data: data9 };
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
        const err26 = { instancePath: instancePath + "/strategies", schemaPath: "#/properties/strategies/type", keyword: "type", params: { type: schema51.properties.strategies.type }, message: "must be array,null", schema: schema51.properties.strategies.type, parentSchema: schema51.properties.strategies, data: data11 };
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
            const err27 = { instancePath: instancePath + "/strategies/" + i2, schemaPath: "#/properties/strategies/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.strategies.items.type, parentSchema: schema51.properties.strategies.items, data: data12 };
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
        const err28 = { instancePath: instancePath + "/stakeholders", schemaPath: "#/properties/stakeholders/type", keyword: "type", params: { type: schema51.properties.stakeholders.type }, message: "must be array,null", schema: schema51.properties.stakeholders.type, parentSchema: schema51.properties.stakeholders, data: data13 };
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
            const err29 = { instancePath: instancePath + "/stakeholders/" + i3, schemaPath: "#/properties/stakeholders/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema51.properties.stakeholders.items.type, parentSchema: schema51.properties.stakeholders.items, data: data14 };
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
        const err30 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema51.properties.description.type }, message: "must be string,null", schema: schema51.properties.description.type, parentSchema: schema51.properties.description, data: data15 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Indicator = validate31;
var schema58 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/indicator.schema.json", "title": "Indicator", "description": "Indicator (indikator): a measurable quantity with a baseline (utgangsverdi), targets (målverdier) and actuals (resultater) by year.", "type": "object", "required": ["kind", "id", "title", "direction"], "properties": { "kind": { "description": 'Document kind; always "Indicator".', "const": "Indicator" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "What is measured (tittel).", "type": "string" }, "unit": { "type": ["string", "null"], "description": "Unit of measurement (måleenhet): free text or e.g. percent, count, nok, per-1000." }, "direction": { "description": "Desired direction (ønsket utvikling): increase (økning), decrease (nedgang) or maintain (opprettholde).", "enum": ["increase", "decrease", "maintain"] }, "source": { "type": ["object", "null"], "description": "Data source (datakilde).", "required": ["name"], "properties": { "name": { "description": "Name of the source (kilde), e.g. Ungdata, SSB, Kostra.", "type": "string" }, "table": { "type": ["string", "null"], "description": "Table or series in the source (tabell), e.g. an SSB table number." }, "url": { "type": ["string", "null"], "description": "Web address (nettadresse) of the data.", "format": "uri" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "sdgIndicator": { "description": 'Corresponding UN SDG global indicator id (global indikator), e.g. "3.4.1".', "anyOf": [{ "$ref": "common.schema.json#/$defs/sdgIndicatorId" }, { "type": "null" }] }, "baseline": { "description": "Baseline (utgangsverdi): the value in a reference year.", "anyOf": [{ "$ref": "common.schema.json#/$defs/yearValue" }, { "type": "null" }] }, "targets": { "description": "Target values (målverdier) by year, or null.", "$ref": "common.schema.json#/$defs/yearValueList" }, "actuals": { "description": "Actual values (resultater, faktiske verdier) by year, or null.", "$ref": "common.schema.json#/$defs/yearValueList" }, "thresholds": { "type": ["object", "null"], "description": "Scorecard limits (målekart): when given, the latest actual is judged against them instead of the straight line to the target. For increase/decrease: at or better than desired (ønsket resultat) is on track, at or better than lowest (laveste akseptable resultat) is at risk, worse is off track; a met target is still reached. For maintain: the distances of desired and lowest from the target give the band on either side.", "required": ["desired", "lowest"], "properties": { "desired": { "description": "Desired result (ønsket resultat): at or better than this is on track.", "type": "number" }, "lowest": { "description": "Lowest acceptable result (laveste akseptable resultat): at or better than this is at risk, worse is off track.", "type": "number" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema60 = { "description": 'UN SDG global indicator id (global bærekraftsindikator), e.g. "3.4.1". Must be a string. Unknown ids are reported by a later catalog check.', "type": "string" };
var formats6 = require_formats().fullFormats.uri;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema63 = { "description": "List of values by year (verdier per år), or null.", "type": ["array", "null"], "items": { "description": "A value for a given year.", "$ref": "#/$defs/yearValue" } };
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
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err6 = { instancePath: instancePath + "/value", schemaPath: "#/properties/value/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema37.properties.value.type, parentSchema: schema37.properties.value, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (!Array.isArray(data) && data !== null) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema63.type }, message: "must be array,null", schema: schema63.type, parentSchema: schema63, data };
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
      if (!validate35(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
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
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.direction === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "direction" }, message: "must have required property 'direction'", schema: schema58.required, parentSchema: schema58, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema58.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Indicator" }, message: "must be equal to constant", schema: "Indicator", parentSchema: schema58.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.title.type, parentSchema: schema58.properties.title, data: data2 };
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
        const err9 = { instancePath: instancePath + "/unit", schemaPath: "#/properties/unit/type", keyword: "type", params: { type: schema58.properties.unit.type }, message: "must be string,null", schema: schema58.properties.unit.type, parentSchema: schema58.properties.unit, data: data3 };
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
        const err10 = { instancePath: instancePath + "/direction", schemaPath: "#/properties/direction/enum", keyword: "enum", params: { allowedValues: schema58.properties.direction.enum }, message: "must be equal to one of the allowed values", schema: schema58.properties.direction.enum, parentSchema: schema58.properties.direction, data: data4 };
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
        const err11 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: schema58.properties.source.type }, message: "must be object,null", schema: schema58.properties.source.type, parentSchema: schema58.properties.source, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (data5.name === void 0) {
          const err12 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema58.properties.source.required, parentSchema: schema58.properties.source, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key1 in data5) {
          if (!(key1 === "name" || key1 === "table" || key1 === "url" || pattern4.test(key1))) {
            const err13 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.source, data: data5 };
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
            const err14 = { instancePath: instancePath + "/source/name", schemaPath: "#/properties/source/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema58.properties.source.properties.name.type, parentSchema: schema58.properties.source.properties.name, data: data6 };
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
            const err15 = { instancePath: instancePath + "/source/table", schemaPath: "#/properties/source/properties/table/type", keyword: "type", params: { type: schema58.properties.source.properties.table.type }, message: "must be string,null", schema: schema58.properties.source.properties.table.type, parentSchema: schema58.properties.source.properties.table, data: data7 };
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
            const err16 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: schema58.properties.source.properties.url.type }, message: "must be string,null", schema: schema58.properties.source.properties.url.type, parentSchema: schema58.properties.source.properties.url, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data8 === "string") {
            if (!formats6(data8)) {
              const err17 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema58.properties.source.properties.url, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
      }
    }
    if (data.sdgIndicator !== void 0) {
      let data9 = data.sdgIndicator;
      const _errs21 = errors;
      let valid3 = false;
      const _errs22 = errors;
      if (typeof data9 !== "string") {
        const err18 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "common.schema.json#/$defs/sdgIndicatorId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema60.type, parentSchema: schema60, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs22 === errors;
      valid3 = valid3 || _valid0;
      const _errs25 = errors;
      if (data9 !== null) {
        const err19 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "#/properties/sdgIndicator/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema58.properties.sdgIndicator.anyOf[1].type, parentSchema: schema58.properties.sdgIndicator.anyOf[1], data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs25 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const err20 = { instancePath: instancePath + "/sdgIndicator", schemaPath: "#/properties/sdgIndicator/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema58.properties.sdgIndicator.anyOf, parentSchema: schema58.properties.sdgIndicator, data: data9 };
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
    if (data.baseline !== void 0) {
      let data10 = data.baseline;
      const _errs28 = errors;
      let valid5 = false;
      const _errs29 = errors;
      if (!validate32(data10, { instancePath: instancePath + "/baseline", parentData: data, parentDataProperty: "baseline", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
        errors = vErrors.length;
      }
      var _valid1 = _errs29 === errors;
      valid5 = valid5 || _valid1;
      const _errs30 = errors;
      if (data10 !== null) {
        const err21 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema58.properties.baseline.anyOf[1].type, parentSchema: schema58.properties.baseline.anyOf[1], data: data10 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      var _valid1 = _errs30 === errors;
      valid5 = valid5 || _valid1;
      if (!valid5) {
        const err22 = { instancePath: instancePath + "/baseline", schemaPath: "#/properties/baseline/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema58.properties.baseline.anyOf, parentSchema: schema58.properties.baseline, data: data10 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
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
    if (data.targets !== void 0) {
      if (!validate34(data.targets, { instancePath: instancePath + "/targets", parentData: data, parentDataProperty: "targets", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.actuals !== void 0) {
      if (!validate34(data.actuals, { instancePath: instancePath + "/actuals", parentData: data, parentDataProperty: "actuals", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.thresholds !== void 0) {
      let data13 = data.thresholds;
      if (!(data13 && typeof data13 == "object" && !Array.isArray(data13)) && data13 !== null) {
        const err23 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/type", keyword: "type", params: { type: schema58.properties.thresholds.type }, message: "must be object,null", schema: schema58.properties.thresholds.type, parentSchema: schema58.properties.thresholds, data: data13 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (data13.desired === void 0) {
          const err24 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "desired" }, message: "must have required property 'desired'", schema: schema58.properties.thresholds.required, parentSchema: schema58.properties.thresholds, data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data13.lowest === void 0) {
          const err25 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/required", keyword: "required", params: { missingProperty: "lowest" }, message: "must have required property 'lowest'", schema: schema58.properties.thresholds.required, parentSchema: schema58.properties.thresholds, data: data13 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "desired" || key2 === "lowest" || pattern4.test(key2))) {
            const err26 = { instancePath: instancePath + "/thresholds", schemaPath: "#/properties/thresholds/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema58.properties.thresholds, data: data13 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data13.desired !== void 0) {
          let data14 = data13.desired;
          if (!(typeof data14 == "number" && isFinite(data14))) {
            const err27 = { instancePath: instancePath + "/thresholds/desired", schemaPath: "#/properties/thresholds/properties/desired/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.thresholds.properties.desired.type, parentSchema: schema58.properties.thresholds.properties.desired, data: data14 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
        }
        if (data13.lowest !== void 0) {
          let data15 = data13.lowest;
          if (!(typeof data15 == "number" && isFinite(data15))) {
            const err28 = { instancePath: instancePath + "/thresholds/lowest", schemaPath: "#/properties/thresholds/properties/lowest/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema58.properties.thresholds.properties.lowest.type, parentSchema: schema58.properties.thresholds.properties.lowest, data: data15 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data16 = data.description;
      if (typeof data16 !== "string" && data16 !== null) {
        const err29 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema58.properties.description.type }, message: "must be string,null", schema: schema58.properties.description.type, parentSchema: schema58.properties.description, data: data16 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema58.type, parentSchema: schema58, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.MaterialityAssessment = validate39;
var schema66 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/materiality-assessment.schema.json", "title": "MaterialityAssessment", "description": "Materiality assessment (vesentlighetsvurdering): the municipal significance (kommunal betydning) of, and influence (påvirkningsmulighet) over, each SDG target, used to prioritise targets.", "type": "object", "required": ["kind", "id", "title", "entries"], "properties": { "kind": { "description": 'Document kind; always "MaterialityAssessment".', "const": "MaterialityAssessment" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the assessment (tittel).", "type": "string" }, "date": { "description": "Date the assessment was made or adopted (dato).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "scale": { "type": ["object", "null"], "description": "Scoring scale (skala) for significance and influence.", "default": { "min": 1, "max": 5 }, "required": ["min", "max"], "properties": { "min": { "description": "Lowest score on the scale (laveste verdi).", "type": "integer" }, "max": { "description": "Highest score on the scale (høyeste verdi).", "type": "integer" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "threshold": { "type": ["number", "null"], "description": "Prioritisation threshold (terskel): an entry is prioritised when significance + influence >= threshold, unless its priority says otherwise. Without a threshold only entries with priority: true are prioritised." }, "entries": { "type": "array", "description": "Assessed SDG targets (vurderte delmål), one entry per target.", "items": { "type": "object", "description": "Assessment of one SDG target (vurdering av ett delmål).", "required": ["target", "significance", "influence"], "properties": { "target": { "description": 'SDG target id (bærekraftsdelmål) being assessed, e.g. "3.4".', "$ref": "common.schema.json#/$defs/sdgTargetId" }, "significance": { "description": "Municipal significance (kommunal betydning) of the target, on the scale.", "type": "number" }, "influence": { "description": "The municipality's ability to influence (påvirkningsmulighet) the target, on the scale.", "type": "number" }, "priority": { "type": ["boolean", "null"], "description": "Explicit prioritisation (prioritert); overrides the threshold rule when set." }, "responsibility": { "type": ["string", "null"], "description": "The municipality's responsibility (kommunens ansvar) for the target." }, "opportunities": { "type": ["array", "null"], "description": "Opportunities (muligheter).", "items": { "description": "An opportunity.", "type": "string" } }, "challenges": { "type": ["array", "null"], "description": "Challenges (utfordringer).", "items": { "description": "A challenge.", "type": "string" } }, "comment": { "type": ["string", "null"], "description": "Free-text comment (kommentar)." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.entries === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property 'entries'", schema: schema66.required, parentSchema: schema66, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "kind" || key0 === "id" || key0 === "title" || key0 === "date" || key0 === "scale" || key0 === "threshold" || key0 === "entries" || key0 === "description" || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "MaterialityAssessment" }, message: "must be equal to constant", schema: "MaterialityAssessment", parentSchema: schema66.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.title.type, parentSchema: schema66.properties.title, data: data2 };
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
        const err11 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema66.properties.date.anyOf[1].type, parentSchema: schema66.properties.date.anyOf[1], data: data3 };
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
        const err12 = { instancePath: instancePath + "/date", schemaPath: "#/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema66.properties.date.anyOf, parentSchema: schema66.properties.date, data: data3 };
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
        const err13 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/type", keyword: "type", params: { type: schema66.properties.scale.type }, message: "must be object,null", schema: schema66.properties.scale.type, parentSchema: schema66.properties.scale, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.min === void 0) {
          const err14 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "min" }, message: "must have required property 'min'", schema: schema66.properties.scale.required, parentSchema: schema66.properties.scale, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data4.max === void 0) {
          const err15 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/required", keyword: "required", params: { missingProperty: "max" }, message: "must have required property 'max'", schema: schema66.properties.scale.required, parentSchema: schema66.properties.scale, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data4) {
          if (!(key1 === "min" || key1 === "max" || pattern4.test(key1))) {
            const err16 = { instancePath: instancePath + "/scale", schemaPath: "#/properties/scale/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.scale, data: data4 };
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
            const err17 = { instancePath: instancePath + "/scale/min", schemaPath: "#/properties/scale/properties/min/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.scale.properties.min.type, parentSchema: schema66.properties.scale.properties.min, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.max !== void 0) {
          let data6 = data4.max;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err18 = { instancePath: instancePath + "/scale/max", schemaPath: "#/properties/scale/properties/max/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema66.properties.scale.properties.max.type, parentSchema: schema66.properties.scale.properties.max, data: data6 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      }
    }
    if (data.threshold !== void 0) {
      let data7 = data.threshold;
      if (!(typeof data7 == "number" && isFinite(data7)) && data7 !== null) {
        const err19 = { instancePath: instancePath + "/threshold", schemaPath: "#/properties/threshold/type", keyword: "type", params: { type: schema66.properties.threshold.type }, message: "must be number,null", schema: schema66.properties.threshold.type, parentSchema: schema66.properties.threshold, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
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
              const err20 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "target" }, message: "must have required property 'target'", schema: schema66.properties.entries.items.required, parentSchema: schema66.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data9.significance === void 0) {
              const err21 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "significance" }, message: "must have required property 'significance'", schema: schema66.properties.entries.items.required, parentSchema: schema66.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data9.influence === void 0) {
              const err22 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/required", keyword: "required", params: { missingProperty: "influence" }, message: "must have required property 'influence'", schema: schema66.properties.entries.items.required, parentSchema: schema66.properties.entries.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key2 in data9) {
              if (!(key2 === "target" || key2 === "significance" || key2 === "influence" || key2 === "priority" || key2 === "responsibility" || key2 === "opportunities" || key2 === "challenges" || key2 === "comment" || pattern4.test(key2))) {
                const err23 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema66.properties.entries.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data9.target !== void 0) {
              let data10 = data9.target;
              if (typeof data10 !== "string") {
                const err24 = { instancePath: instancePath + "/entries/" + i0 + "/target", schemaPath: "common.schema.json#/$defs/sdgTargetId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.type, parentSchema: schema56, data: data10 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.significance !== void 0) {
              let data11 = data9.significance;
              if (!(typeof data11 == "number" && isFinite(data11))) {
                const err25 = { instancePath: instancePath + "/entries/" + i0 + "/significance", schemaPath: "#/properties/entries/items/properties/significance/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.entries.items.properties.significance.type, parentSchema: schema66.properties.entries.items.properties.significance, data: data11 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
              }
            }
            if (data9.influence !== void 0) {
              let data12 = data9.influence;
              if (!(typeof data12 == "number" && isFinite(data12))) {
                const err26 = { instancePath: instancePath + "/entries/" + i0 + "/influence", schemaPath: "#/properties/entries/items/properties/influence/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema66.properties.entries.items.properties.influence.type, parentSchema: schema66.properties.entries.items.properties.influence, data: data12 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.priority !== void 0) {
              let data13 = data9.priority;
              if (typeof data13 !== "boolean" && data13 !== null) {
                const err27 = { instancePath: instancePath + "/entries/" + i0 + "/priority", schemaPath: "#/properties/entries/items/properties/priority/type", keyword: "type", params: { type: schema66.properties.entries.items.properties.priority.type }, message: "must be boolean,null", schema: schema66.properties.entries.items.properties.priority.type, parentSchema: schema66.properties.entries.items.properties.priority, data: data13 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.responsibility !== void 0) {
              let data14 = data9.responsibility;
              if (typeof data14 !== "string" && data14 !== null) {
                const err28 = { instancePath: instancePath + "/entries/" + i0 + "/responsibility", schemaPath: "#/properties/entries/items/properties/responsibility/type", keyword: "type", params: { type: schema66.properties.entries.items.properties.responsibility.type }, message: "must be string,null", schema: schema66.properties.entries.items.properties.responsibility.type, parentSchema: schema66.properties.entries.items.properties.responsibility, data: data14 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
            if (data9.opportunities !== void 0) {
              let data15 = data9.opportunities;
              if (!Array.isArray(data15) && data15 !== null) {
                const err29 = { instancePath: instancePath + "/entries/" + i0 + "/opportunities", schemaPath: "#/properties/entries/items/properties/opportunities/type", keyword: "type", params: { type: schema66.properties.entries.items.properties.opportunities.type }, message: "must be array,null", schema: schema66.properties.entries.items.properties.opportunities.type, parentSchema: schema66.properties.entries.items.properties.opportunities, data: data15 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
              if (Array.isArray(data15)) {
                const len1 = data15.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data16 = data15[i1];
                  if (typeof data16 !== "string") {
                    const err30 = { instancePath: instancePath + "/entries/" + i0 + "/opportunities/" + i1, schemaPath: "#/properties/entries/items/properties/opportunities/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.entries.items.properties.opportunities.items.type, parentSchema: schema66.properties.entries.items.properties.opportunities.items, data: data16 };
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
            if (data9.challenges !== void 0) {
              let data17 = data9.challenges;
              if (!Array.isArray(data17) && data17 !== null) {
                const err31 = { instancePath: instancePath + "/entries/" + i0 + "/challenges", schemaPath: "#/properties/entries/items/properties/challenges/type", keyword: "type", params: { type: schema66.properties.entries.items.properties.challenges.type }, message: "must be array,null", schema: schema66.properties.entries.items.properties.challenges.type, parentSchema: schema66.properties.entries.items.properties.challenges, data: data17 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
              if (Array.isArray(data17)) {
                const len2 = data17.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data18 = data17[i2];
                  if (typeof data18 !== "string") {
                    const err32 = { instancePath: instancePath + "/entries/" + i0 + "/challenges/" + i2, schemaPath: "#/properties/entries/items/properties/challenges/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema66.properties.entries.items.properties.challenges.items.type, parentSchema: schema66.properties.entries.items.properties.challenges.items, data: data18 };
                    if (vErrors === null) {
                      vErrors = [err32];
                    } else {
                      vErrors.push(err32);
                    }
                    errors++;
                  }
                }
              }
            }
            if (data9.comment !== void 0) {
              let data19 = data9.comment;
              if (typeof data19 !== "string" && data19 !== null) {
                const err33 = { instancePath: instancePath + "/entries/" + i0 + "/comment", schemaPath: "#/properties/entries/items/properties/comment/type", keyword: "type", params: { type: schema66.properties.entries.items.properties.comment.type }, message: "must be string,null", schema: schema66.properties.entries.items.properties.comment.type, parentSchema: schema66.properties.entries.items.properties.comment, data: data19 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
          } else {
            const err34 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.properties.entries.items.type, parentSchema: schema66.properties.entries.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
      } else {
        const err35 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema66.properties.entries.type, parentSchema: schema66.properties.entries, data: data8 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data20 = data.description;
      if (typeof data20 !== "string" && data20 !== null) {
        const err36 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema66.properties.description.type }, message: "must be string,null", schema: schema66.properties.description.type, parentSchema: schema66.properties.description, data: data20 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
validate39.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Measure = validate40;
var schema70 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/measure.schema.json", "title": "Measure", "description": "Measure (tiltak): an action, project or programme that works towards goals, with a responsible unit and budget by year in the action programme (handlingsprogram) and financial plan (økonomiplan).", "type": "object", "required": ["kind", "id", "title", "goals"], "properties": { "kind": { "description": 'Document kind; always "Measure".', "const": "Measure" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the measure (tittel).", "type": "string" }, "plan": { "description": "Id of the Plan of type handlingsprogram (action programme) the measure is part of.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "goals": { "type": "array", "minItems": 1, "description": "Ids of the Goals (mål) the measure works towards; at least one.", "items": { "description": "Id of a Goal.", "$ref": "common.schema.json#/$defs/id" } }, "responsible": { "description": "Id of the Workspace unit / service area (tjenesteområde) responsible (ansvarlig).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "type": { "type": ["string", "null"], "enum": ["run", "change", null], "description": "Type of measure: run (drift, run the business) or change (utvikling, change the business)." }, "status": { "type": ["string", "null"], "enum": ["planned", "ongoing", "done", "cancelled", null], "description": "Status: planned (planlagt), ongoing (pågår), done (fullført) or cancelled (avbrutt)." }, "period": { "description": "Years the measure runs (periode).", "anyOf": [{ "$ref": "common.schema.json#/$defs/period" }, { "type": "null" }] }, "budget": { "type": ["array", "null"], "description": "Budget by year (budsjett per år), in Workspace.amountUnit of Workspace.currency.", "items": { "type": "object", "description": "Budget for one year (årsbudsjett), in Workspace.amountUnit; negative amounts are savings (innsparing).", "required": ["year"], "properties": { "year": { "description": "Budget year (budsjettår).", "$ref": "common.schema.json#/$defs/year" }, "operating": { "type": ["number", "null"], "description": "Operating budget (driftsbudsjett) amount." }, "investment": { "type": ["number", "null"], "description": "Investment budget (investeringsbudsjett) amount." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var schema75 = { "type": "object", "description": "A period of whole years (periode), from start year to end year inclusive.", "required": ["start", "end"], "properties": { "start": { "description": "First year of the period (startår).", "$ref": "#/$defs/year" }, "end": { "description": "Last year of the period (sluttår).", "$ref": "#/$defs/year" } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
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
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema75.required, parentSchema: schema75, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema75.required, parentSchema: schema75, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "end" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.goals === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "goals" }, message: "must have required property 'goals'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema70.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Measure" }, message: "must be equal to constant", schema: "Measure", parentSchema: schema70.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.title.type, parentSchema: schema70.properties.title, data: data2 };
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
        const err11 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema70.properties.plan.anyOf[1].type, parentSchema: schema70.properties.plan.anyOf[1], data: data3 };
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
        const err12 = { instancePath: instancePath + "/plan", schemaPath: "#/properties/plan/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema70.properties.plan.anyOf, parentSchema: schema70.properties.plan, data: data3 };
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
          const err13 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema70.properties.goals, data: data4 };
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
        const err16 = { instancePath: instancePath + "/goals", schemaPath: "#/properties/goals/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema70.properties.goals.type, parentSchema: schema70.properties.goals, data: data4 };
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
        const err19 = { instancePath: instancePath + "/responsible", schemaPath: "#/properties/responsible/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema70.properties.responsible.anyOf[1].type, parentSchema: schema70.properties.responsible.anyOf[1], data: data6 };
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
        const err20 = { instancePath: instancePath + "/responsible", schemaPath: "#/properties/responsible/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema70.properties.responsible.anyOf, parentSchema: schema70.properties.responsible, data: data6 };
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
        const err21 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema70.properties.type.type }, message: "must be string,null", schema: schema70.properties.type.type, parentSchema: schema70.properties.type, data: data7 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data7 === "run" || data7 === "change" || data7 === null)) {
        const err22 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema70.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.type.enum, parentSchema: schema70.properties.type, data: data7 };
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
        const err23 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema70.properties.status.type }, message: "must be string,null", schema: schema70.properties.status.type, parentSchema: schema70.properties.status, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (!(data8 === "planned" || data8 === "ongoing" || data8 === "done" || data8 === "cancelled" || data8 === null)) {
        const err24 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema70.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.status.enum, parentSchema: schema70.properties.status, data: data8 };
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
      if (!validate41(data9, { instancePath: instancePath + "/period", parentData: data, parentDataProperty: "period", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
        errors = vErrors.length;
      }
      var _valid2 = _errs33 === errors;
      valid9 = valid9 || _valid2;
      const _errs34 = errors;
      if (data9 !== null) {
        const err25 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema70.properties.period.anyOf[1].type, parentSchema: schema70.properties.period.anyOf[1], data: data9 };
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
        const err26 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema70.properties.period.anyOf, parentSchema: schema70.properties.period, data: data9 };
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
        const err27 = { instancePath: instancePath + "/budget", schemaPath: "#/properties/budget/type", keyword: "type", params: { type: schema70.properties.budget.type }, message: "must be array,null", schema: schema70.properties.budget.type, parentSchema: schema70.properties.budget, data: data10 };
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
              const err28 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/required", keyword: "required", params: { missingProperty: "year" }, message: "must have required property 'year'", schema: schema70.properties.budget.items.required, parentSchema: schema70.properties.budget.items, data: data11 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            for (const key1 in data11) {
              if (!(key1 === "year" || key1 === "operating" || key1 === "investment" || pattern4.test(key1))) {
                const err29 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70.properties.budget.items, data: data11 };
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
                const err33 = { instancePath: instancePath + "/budget/" + i1 + "/operating", schemaPath: "#/properties/budget/items/properties/operating/type", keyword: "type", params: { type: schema70.properties.budget.items.properties.operating.type }, message: "must be number,null", schema: schema70.properties.budget.items.properties.operating.type, parentSchema: schema70.properties.budget.items.properties.operating, data: data13 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            }
            if (data11.investment !== void 0) {
              let data14 = data11.investment;
              if (!(typeof data14 == "number" && isFinite(data14)) && data14 !== null) {
                const err34 = { instancePath: instancePath + "/budget/" + i1 + "/investment", schemaPath: "#/properties/budget/items/properties/investment/type", keyword: "type", params: { type: schema70.properties.budget.items.properties.investment.type }, message: "must be number,null", schema: schema70.properties.budget.items.properties.investment.type, parentSchema: schema70.properties.budget.items.properties.investment, data: data14 };
                if (vErrors === null) {
                  vErrors = [err34];
                } else {
                  vErrors.push(err34);
                }
                errors++;
              }
            }
          } else {
            const err35 = { instancePath: instancePath + "/budget/" + i1, schemaPath: "#/properties/budget/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.properties.budget.items.type, parentSchema: schema70.properties.budget.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      }
    }
    if (data.description !== void 0) {
      let data15 = data.description;
      if (typeof data15 !== "string" && data15 !== null) {
        const err36 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema70.properties.description.type }, message: "must be string,null", schema: schema70.properties.description.type, parentSchema: schema70.properties.description, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
  } else {
    const err37 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err37];
    } else {
      vErrors.push(err37);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Plan = validate43;
var schema79 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/plan.schema.json", "title": "Plan", "description": "Plan (plan): a municipal plan such as the planning strategy (planstrategi), the community part of the municipal master plan (kommuneplanens samfunnsdel), a thematic plan (temaplan) or an action programme (handlingsprogram).", "type": "object", "required": ["kind", "id", "title", "type"], "properties": { "kind": { "description": 'Document kind; always "Plan".', "const": "Plan" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the plan (tittel).", "type": "string" }, "type": { "description": "Type of plan (plantype): planstrategi (planning strategy), kommuneplan-samfunnsdel (community part of the master plan), kommuneplan-arealdel (land-use part), temaplan (thematic plan), strategiplan (strategy plan) or handlingsprogram (action programme, with økonomiplan).", "enum": ["planstrategi", "kommuneplan-samfunnsdel", "kommuneplan-arealdel", "temaplan", "strategiplan", "handlingsprogram"] }, "period": { "description": "Years the plan covers (planperiode).", "anyOf": [{ "$ref": "common.schema.json#/$defs/period" }, { "type": "null" }] }, "status": { "type": ["string", "null"], "enum": ["draft", "consultation", "adopted", "archived", null], "description": "Status of the plan: draft (utkast), consultation (høring), adopted (vedtatt) or archived (arkivert)." }, "adopted": { "type": ["object", "null"], "description": "Adoption decision (vedtak).", "properties": { "date": { "description": "Date of the decision (vedtaksdato).", "anyOf": [{ "$ref": "common.schema.json#/$defs/date" }, { "type": "null" }] }, "body": { "type": ["string", "null"], "description": "Body (organ) that adopted the plan, e.g. Kommunestyret." }, "caseNumber": { "type": ["string", "null"], "description": 'Case number (saksnummer), e.g. "20/1234".' } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "parent": { "description": "Id of the overarching Plan (overordnet plan).", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "materiality": { "description": "Id of the MaterialityAssessment (vesentlighetsvurdering) the plan builds on.", "anyOf": [{ "$ref": "common.schema.json#/$defs/id" }, { "type": "null" }] }, "vision": { "type": ["string", "null"], "description": "Vision (visjon) of the plan." }, "focusAreas": { "type": ["array", "null"], "description": "Focus areas (målområder) that goals are grouped under.", "items": { "type": "object", "description": "Focus area (målområde) of the plan.", "required": ["id", "title"], "properties": { "id": { "description": "Focus area id, unique within the plan.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Title of the focus area (tittel).", "type": "string" }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the focus area." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate44.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.start === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "start" }, message: "must have required property 'start'", schema: schema75.required, parentSchema: schema75, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.end === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "end" }, message: "must have required property 'end'", schema: schema75.required, parentSchema: schema75, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "start" || key0 === "end" || pattern4.test(key0))) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate44.errors = vErrors;
  return errors === 0;
}
validate44.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.title === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema79.required, parentSchema: schema79, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema79.properties, key0) || pattern4.test(key0))) {
        const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79, data };
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
        const err5 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Plan" }, message: "must be equal to constant", schema: "Plan", parentSchema: schema79.properties.kind, data: data0 };
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
        const err8 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.title.type, parentSchema: schema79.properties.title, data: data2 };
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
        const err9 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema79.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema79.properties.type.enum, parentSchema: schema79.properties.type, data: data3 };
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
      if (!validate44(data4, { instancePath: instancePath + "/period", parentData: data, parentDataProperty: "period", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
        errors = vErrors.length;
      }
      var _valid0 = _errs11 === errors;
      valid2 = valid2 || _valid0;
      const _errs12 = errors;
      if (data4 !== null) {
        const err10 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema79.properties.period.anyOf[1].type, parentSchema: schema79.properties.period.anyOf[1], data: data4 };
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
        const err11 = { instancePath: instancePath + "/period", schemaPath: "#/properties/period/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema79.properties.period.anyOf, parentSchema: schema79.properties.period, data: data4 };
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
        const err12 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: schema79.properties.status.type }, message: "must be string,null", schema: schema79.properties.status.type, parentSchema: schema79.properties.status, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data5 === "draft" || data5 === "consultation" || data5 === "adopted" || data5 === "archived" || data5 === null)) {
        const err13 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema79.properties.status.enum }, message: "must be equal to one of the allowed values", schema: schema79.properties.status.enum, parentSchema: schema79.properties.status, data: data5 };
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
        const err14 = { instancePath: instancePath + "/adopted", schemaPath: "#/properties/adopted/type", keyword: "type", params: { type: schema79.properties.adopted.type }, message: "must be object,null", schema: schema79.properties.adopted.type, parentSchema: schema79.properties.adopted, data: data6 };
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
            const err15 = { instancePath: instancePath + "/adopted", schemaPath: "#/properties/adopted/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79.properties.adopted, data: data6 };
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
            const err18 = { instancePath: instancePath + "/adopted/date", schemaPath: "#/properties/adopted/properties/date/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema79.properties.adopted.properties.date.anyOf[1].type, parentSchema: schema79.properties.adopted.properties.date.anyOf[1], data: data7 };
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
            const err19 = { instancePath: instancePath + "/adopted/date", schemaPath: "#/properties/adopted/properties/date/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema79.properties.adopted.properties.date.anyOf, parentSchema: schema79.properties.adopted.properties.date, data: data7 };
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
            const err20 = { instancePath: instancePath + "/adopted/body", schemaPath: "#/properties/adopted/properties/body/type", keyword: "type", params: { type: schema79.properties.adopted.properties.body.type }, message: "must be string,null", schema: schema79.properties.adopted.properties.body.type, parentSchema: schema79.properties.adopted.properties.body, data: data8 };
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
            const err21 = { instancePath: instancePath + "/adopted/caseNumber", schemaPath: "#/properties/adopted/properties/caseNumber/type", keyword: "type", params: { type: schema79.properties.adopted.properties.caseNumber.type }, message: "must be string,null", schema: schema79.properties.adopted.properties.caseNumber.type, parentSchema: schema79.properties.adopted.properties.caseNumber, data: data9 };
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
        const err24 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema79.properties.parent.anyOf[1].type, parentSchema: schema79.properties.parent.anyOf[1], data: data10 };
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
        const err25 = { instancePath: instancePath + "/parent", schemaPath: "#/properties/parent/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema79.properties.parent.anyOf, parentSchema: schema79.properties.parent, data: data10 };
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
        const err28 = { instancePath: instancePath + "/materiality", schemaPath: "#/properties/materiality/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema79.properties.materiality.anyOf[1].type, parentSchema: schema79.properties.materiality.anyOf[1], data: data11 };
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
        const err29 = { instancePath: instancePath + "/materiality", schemaPath: "#/properties/materiality/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema79.properties.materiality.anyOf, parentSchema: schema79.properties.materiality, data: data11 };
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
        const err30 = { instancePath: instancePath + "/vision", schemaPath: "#/properties/vision/type", keyword: "type", params: { type: schema79.properties.vision.type }, message: "must be string,null", schema: schema79.properties.vision.type, parentSchema: schema79.properties.vision, data: data12 };
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
        const err31 = { instancePath: instancePath + "/focusAreas", schemaPath: "#/properties/focusAreas/type", keyword: "type", params: { type: schema79.properties.focusAreas.type }, message: "must be array,null", schema: schema79.properties.focusAreas.type, parentSchema: schema79.properties.focusAreas, data: data13 };
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
              const err32 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema79.properties.focusAreas.items.required, parentSchema: schema79.properties.focusAreas.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data14.title === void 0) {
              const err33 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema79.properties.focusAreas.items.required, parentSchema: schema79.properties.focusAreas.items, data: data14 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            for (const key2 in data14) {
              if (!(key2 === "id" || key2 === "title" || key2 === "description" || pattern4.test(key2))) {
                const err34 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema79.properties.focusAreas.items, data: data14 };
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
                const err37 = { instancePath: instancePath + "/focusAreas/" + i0 + "/title", schemaPath: "#/properties/focusAreas/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.properties.focusAreas.items.properties.title.type, parentSchema: schema79.properties.focusAreas.items.properties.title, data: data16 };
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
                const err38 = { instancePath: instancePath + "/focusAreas/" + i0 + "/description", schemaPath: "#/properties/focusAreas/items/properties/description/type", keyword: "type", params: { type: schema79.properties.focusAreas.items.properties.description.type }, message: "must be string,null", schema: schema79.properties.focusAreas.items.properties.description.type, parentSchema: schema79.properties.focusAreas.items.properties.description, data: data17 };
                if (vErrors === null) {
                  vErrors = [err38];
                } else {
                  vErrors.push(err38);
                }
                errors++;
              }
            }
          } else {
            const err39 = { instancePath: instancePath + "/focusAreas/" + i0, schemaPath: "#/properties/focusAreas/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.properties.focusAreas.items.type, parentSchema: schema79.properties.focusAreas.items, data: data14 };
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
        const err40 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema79.properties.description.type }, message: "must be string,null", schema: schema79.properties.description.type, parentSchema: schema79.properties.description, data: data18 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema79.type, parentSchema: schema79, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate43.errors = vErrors;
  return errors === 0;
}
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.Workspace = validate46;
var schema88 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://planverk.no/schemas/v1/workspace.schema.json", "title": "Workspace", "description": "Workspace (arbeidsområde): the one document in plan.yaml at the repository root, describing the municipality (kommune) and repository-wide settings.", "type": "object", "required": ["kind", "id", "name"], "properties": { "kind": { "description": 'Document kind; always "Workspace".', "const": "Workspace" }, "id": { "description": "Document id, unique across the whole repository.", "$ref": "common.schema.json#/$defs/id" }, "name": { "description": 'Name of the municipality or organisation (navn), e.g. "Asker kommune".', "type": "string" }, "municipalityNumber": { "type": ["string", "null"], "description": 'Four-digit municipality number (kommunenummer), e.g. "3203".', "pattern": "^[0-9]{4}$" }, "locale": { "type": ["string", "null"], "enum": ["nb", "nn", "en", null], "description": "Language of reports (språk): nb (bokmål), nn (nynorsk) or en (English).", "default": "nb" }, "currency": { "type": ["string", "null"], "description": "ISO 4217 currency code (valuta) of budget figures.", "pattern": "^[A-Z]{3}$", "default": "NOK" }, "amountUnit": { "type": ["number", "null"], "description": "Unit of budget figures (beløpsenhet), in currency units; e.g. 1000 means figures are in 1000 NOK.", "exclusiveMinimum": 0, "default": 1 }, "firstElectionYear": { "description": "Year of a municipal election (kommunestyrevalg) from which council periods (valgperioder) are counted every four years, e.g. 2023 gives 2023–2027, 2027–2031, ….", "anyOf": [{ "$ref": "common.schema.json#/$defs/year" }, { "type": "null" }] }, "units": { "type": ["array", "null"], "description": "Organisational units / service areas (tjenesteområder) that can be responsible for measures and benefits.", "items": { "type": "object", "description": "Organisational unit or service area (tjenesteområde).", "required": ["id", "title"], "properties": { "id": { "description": "Unit id, unique within the workspace.", "$ref": "common.schema.json#/$defs/id" }, "title": { "description": "Name of the unit (navn).", "type": "string" }, "description": { "type": ["string", "null"], "description": "Free-text description (beskrivelse) of the unit." } }, "patternProperties": { "^x-": {} }, "additionalProperties": false } }, "exclude": { "type": ["array", "null"], "description": "Glob patterns (relative to the repository root) of files not to read.", "items": { "description": 'Glob pattern relative to the repository root, e.g. "drafts/**".', "type": "string" } }, "rules": { "type": ["object", "null"], "additionalProperties": { "enum": ["error", "warning", "off"] }, "description": 'Per-rule severity overrides (regelnivå): keys are rule ids (e.g. "goal-without-indicator"), values are error, warning or off.' }, "catalog": { "type": ["string", "null"], "description": "Path, relative to the repository root, to a YAML file with fuller SDG titles (bærekraftskatalog) that supplement the built-in catalog." }, "calendars": { "type": ["object", "null"], "description": "Calendar settings (årshjul): which built-in calendars the workspace includes next to its own Calendar documents.", "properties": { "include": { "type": ["array", "null"], "description": "Built-in calendars to include, by id: norway-municipal is the statutory plan and budget cycle of Norwegian municipalities (lovpålagte frister).", "items": { "description": "Id of a built-in calendar.", "enum": ["norway-municipal"] } } }, "patternProperties": { "^x-": {} }, "additionalProperties": false }, "description": { "description": "Free-text description (beskrivelse) of the document.", "type": ["string", "null"] } }, "patternProperties": { "^x-": {} }, "additionalProperties": false };
var pattern50 = new RegExp("^[0-9]{4}$", "u");
var pattern51 = new RegExp("^[A-Z]{3}$", "u");
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
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
    if (data.kind === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.id === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.name === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema88.required, parentSchema: schema88, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(func1.call(schema88.properties, key0) || pattern4.test(key0))) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88, data };
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
        const err4 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "Workspace" }, message: "must be equal to constant", schema: "Workspace", parentSchema: schema88.properties.kind, data: data0 };
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
        const err7 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.name.type, parentSchema: schema88.properties.name, data: data2 };
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
        const err8 = { instancePath: instancePath + "/municipalityNumber", schemaPath: "#/properties/municipalityNumber/type", keyword: "type", params: { type: schema88.properties.municipalityNumber.type }, message: "must be string,null", schema: schema88.properties.municipalityNumber.type, parentSchema: schema88.properties.municipalityNumber, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 === "string") {
        if (!pattern50.test(data3)) {
          const err9 = { instancePath: instancePath + "/municipalityNumber", schemaPath: "#/properties/municipalityNumber/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}$" }, message: 'must match pattern "^[0-9]{4}$"', schema: "^[0-9]{4}$", parentSchema: schema88.properties.municipalityNumber, data: data3 };
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
        const err10 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/type", keyword: "type", params: { type: schema88.properties.locale.type }, message: "must be string,null", schema: schema88.properties.locale.type, parentSchema: schema88.properties.locale, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "nb" || data4 === "nn" || data4 === "en" || data4 === null)) {
        const err11 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/enum", keyword: "enum", params: { allowedValues: schema88.properties.locale.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.locale.enum, parentSchema: schema88.properties.locale, data: data4 };
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
        const err12 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/type", keyword: "type", params: { type: schema88.properties.currency.type }, message: "must be string,null", schema: schema88.properties.currency.type, parentSchema: schema88.properties.currency, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data5 === "string") {
        if (!pattern51.test(data5)) {
          const err13 = { instancePath: instancePath + "/currency", schemaPath: "#/properties/currency/pattern", keyword: "pattern", params: { pattern: "^[A-Z]{3}$" }, message: 'must match pattern "^[A-Z]{3}$"', schema: "^[A-Z]{3}$", parentSchema: schema88.properties.currency, data: data5 };
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
        const err14 = { instancePath: instancePath + "/amountUnit", schemaPath: "#/properties/amountUnit/type", keyword: "type", params: { type: schema88.properties.amountUnit.type }, message: "must be number,null", schema: schema88.properties.amountUnit.type, parentSchema: schema88.properties.amountUnit, data: data6 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 <= 0 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/amountUnit", schemaPath: "#/properties/amountUnit/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema88.properties.amountUnit, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
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
        const err16 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema38.type, parentSchema: schema38, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 > 2200 || isNaN(data7)) {
          const err17 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2200 }, message: "must be <= 2200", schema: 2200, parentSchema: schema38, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data7 < 1900 || isNaN(data7)) {
          const err18 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "common.schema.json#/$defs/year/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1900 }, message: "must be >= 1900", schema: 1900, parentSchema: schema38, data: data7 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      }
      var _valid0 = _errs18 === errors;
      valid2 = valid2 || _valid0;
      const _errs21 = errors;
      if (data7 !== null) {
        const err19 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "#/properties/firstElectionYear/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema88.properties.firstElectionYear.anyOf[1].type, parentSchema: schema88.properties.firstElectionYear.anyOf[1], data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid0 = _errs21 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const err20 = { instancePath: instancePath + "/firstElectionYear", schemaPath: "#/properties/firstElectionYear/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema88.properties.firstElectionYear.anyOf, parentSchema: schema88.properties.firstElectionYear, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
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
        const err21 = { instancePath: instancePath + "/units", schemaPath: "#/properties/units/type", keyword: "type", params: { type: schema88.properties.units.type }, message: "must be array,null", schema: schema88.properties.units.type, parentSchema: schema88.properties.units, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len0 = data8.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data9 = data8[i0];
          if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
            if (data9.id === void 0) {
              const err22 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema88.properties.units.items.required, parentSchema: schema88.properties.units.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data9.title === void 0) {
              const err23 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property 'title'", schema: schema88.properties.units.items.required, parentSchema: schema88.properties.units.items, data: data9 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            for (const key1 in data9) {
              if (!(key1 === "id" || key1 === "title" || key1 === "description" || pattern4.test(key1))) {
                const err24 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.units.items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
            if (data9.id !== void 0) {
              let data10 = data9.id;
              if (typeof data10 === "string") {
                if (!pattern5.test(data10)) {
                  const err25 = { instancePath: instancePath + "/units/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]*$"', schema: "^[a-z0-9][a-z0-9._-]*$", parentSchema: schema33, data: data10 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              } else {
                const err26 = { instancePath: instancePath + "/units/" + i0 + "/id", schemaPath: "common.schema.json#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data10 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
            }
            if (data9.title !== void 0) {
              let data11 = data9.title;
              if (typeof data11 !== "string") {
                const err27 = { instancePath: instancePath + "/units/" + i0 + "/title", schemaPath: "#/properties/units/items/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.units.items.properties.title.type, parentSchema: schema88.properties.units.items.properties.title, data: data11 };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
            if (data9.description !== void 0) {
              let data12 = data9.description;
              if (typeof data12 !== "string" && data12 !== null) {
                const err28 = { instancePath: instancePath + "/units/" + i0 + "/description", schemaPath: "#/properties/units/items/properties/description/type", keyword: "type", params: { type: schema88.properties.units.items.properties.description.type }, message: "must be string,null", schema: schema88.properties.units.items.properties.description.type, parentSchema: schema88.properties.units.items.properties.description, data: data12 };
                if (vErrors === null) {
                  vErrors = [err28];
                } else {
                  vErrors.push(err28);
                }
                errors++;
              }
            }
          } else {
            const err29 = { instancePath: instancePath + "/units/" + i0, schemaPath: "#/properties/units/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.properties.units.items.type, parentSchema: schema88.properties.units.items, data: data9 };
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
    if (data.exclude !== void 0) {
      let data13 = data.exclude;
      if (!Array.isArray(data13) && data13 !== null) {
        const err30 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: schema88.properties.exclude.type }, message: "must be array,null", schema: schema88.properties.exclude.type, parentSchema: schema88.properties.exclude, data: data13 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (Array.isArray(data13)) {
        const len1 = data13.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data14 = data13[i1];
          if (typeof data14 !== "string") {
            const err31 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.properties.exclude.items.type, parentSchema: schema88.properties.exclude.items, data: data14 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      let data15 = data.rules;
      if (!(data15 && typeof data15 == "object" && !Array.isArray(data15)) && data15 !== null) {
        const err32 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: schema88.properties.rules.type }, message: "must be object,null", schema: schema88.properties.rules.type, parentSchema: schema88.properties.rules, data: data15 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
        for (const key2 in data15) {
          let data16 = data15[key2];
          if (!(data16 === "error" || data16 === "warning" || data16 === "off")) {
            const err33 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/rules/additionalProperties/enum", keyword: "enum", params: { allowedValues: schema88.properties.rules.additionalProperties.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.rules.additionalProperties.enum, parentSchema: schema88.properties.rules.additionalProperties, data: data16 };
            if (vErrors === null) {
              vErrors = [err33];
            } else {
              vErrors.push(err33);
            }
            errors++;
          }
        }
      }
    }
    if (data.catalog !== void 0) {
      let data17 = data.catalog;
      if (typeof data17 !== "string" && data17 !== null) {
        const err34 = { instancePath: instancePath + "/catalog", schemaPath: "#/properties/catalog/type", keyword: "type", params: { type: schema88.properties.catalog.type }, message: "must be string,null", schema: schema88.properties.catalog.type, parentSchema: schema88.properties.catalog, data: data17 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.calendars !== void 0) {
      let data18 = data.calendars;
      if (!(data18 && typeof data18 == "object" && !Array.isArray(data18)) && data18 !== null) {
        const err35 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/type", keyword: "type", params: { type: schema88.properties.calendars.type }, message: "must be object,null", schema: schema88.properties.calendars.type, parentSchema: schema88.properties.calendars, data: data18 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
        for (const key3 in data18) {
          if (!(key3 === "include" || pattern4.test(key3))) {
            const err36 = { instancePath: instancePath + "/calendars", schemaPath: "#/properties/calendars/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema88.properties.calendars, data: data18 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data18.include !== void 0) {
          let data19 = data18.include;
          if (!Array.isArray(data19) && data19 !== null) {
            const err37 = { instancePath: instancePath + "/calendars/include", schemaPath: "#/properties/calendars/properties/include/type", keyword: "type", params: { type: schema88.properties.calendars.properties.include.type }, message: "must be array,null", schema: schema88.properties.calendars.properties.include.type, parentSchema: schema88.properties.calendars.properties.include, data: data19 };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (Array.isArray(data19)) {
            const len2 = data19.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data20 = data19[i2];
              if (!(data20 === "norway-municipal")) {
                const err38 = { instancePath: instancePath + "/calendars/include/" + i2, schemaPath: "#/properties/calendars/properties/include/items/enum", keyword: "enum", params: { allowedValues: schema88.properties.calendars.properties.include.items.enum }, message: "must be equal to one of the allowed values", schema: schema88.properties.calendars.properties.include.items.enum, parentSchema: schema88.properties.calendars.properties.include.items, data: data20 };
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
      }
    }
    if (data.description !== void 0) {
      let data21 = data.description;
      if (typeof data21 !== "string" && data21 !== null) {
        const err39 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: schema88.properties.description.type }, message: "must be string,null", schema: schema88.properties.description.type, parentSchema: schema88.properties.description, data: data21 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema88.type, parentSchema: schema88, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
exports.schemaHash = "fadc04a471b6cc486c5e71dd5d0840812c91e14ba54f0263d732d206d495076e";
