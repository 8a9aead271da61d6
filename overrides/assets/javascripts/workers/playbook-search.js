/*
 * Dutch- and English-aware search for Material's search worker.
 *
 * Material's worker builds a Lunr.js index in the browser and adds a trailing wildcard to every
 * query term, which Lunr then matches without its pipeline. Out of the box that finds neither
 * "budgetten" (the page says "budget"), nor "creeren" (the page says "creëren"), nor "beheer"
 * (the page says "risicobeheer"). This script, loaded by the worker (macros/theme/bundle.py appends one
 * `importScripts` line to it), gives index and query the same normalisation:
 *
 *   1. lower case, accents folded ("creëren" -> "creeren"), apostrophes dropped ("risico's" -> "risicos");
 *   2. punctuation trimmed from both ends, letters and digits kept;
 *   3. compound words also indexed by their tails when the tail occurs as a word of its own on the
 *      site ("risicobeheer" -> also "beheer"); a query's first word part is found by the wildcard;
 *   4. stop words left out of the index;
 *   5. words stemmed: Porter on the English site; on the Dutch site Snowball Dutch, then what it
 *      leaves alike spelt alike: a final double consonant undoubled ("plann" -> "plan"), an "s" after a
 *      vowel dropped ("prestaties", "risicos"), a final "v" or "z" after a long vowel read as "f" or "s"
 *      ("iteratiev" -> "iteratief"; a half-typed "overz" stays as it is).
 *
 * Query terms go through steps 1, 2 and 5 before Lunr expands their wildcard, so "budgetten*"
 * becomes "budget*". An optional term that starts no indexed word is looked up inside indexed words
 * ("matrix" finds "competentiematrix"), and else split into two parts that do start indexed words
 * ("koeltransport" finds "koellogistiek" and "transport"). Material's search interface and ranking
 * are kept; the highlighted words in a result are the words as written on the page, while the `?h=`
 * link to the page carries the normalised terms, so the page itself marks only words spelt alike.
 *
 * Abbreviations and other languages' names that readers type are looked up as the words the pages use
 * (SYNONYMS): "OR" finds "ondernemingsraad", "AI Act" finds "AI-verordening" on the Dutch site, "AVG"
 * finds "GDPR" and "mkb" finds "SME" on the English one. These abbreviations weigh more than the
 * everyday words typed beside them (KEY_TERMS).
 */
;(function (lunr) {
  "use strict"
  if (typeof lunr === "undefined")
    return

  /* The worker loads lunr.nl (config lang: nl) after this script, so look it up on use; the English
     build uses Lunr's own functions */
  function language() {
    return lunr.nl || lunr
  }
  /* A whole query term (folded, as typed) -> the words to look up instead: each site's own word for it.
     "act" stands for the second word of "AI Act": the Dutch pages write "AI-verordening". */
  var SYNONYMS = {
    nl: {
      or: ["ondernemingsraad"],
      pvt: ["personeelsvertegenwoordiging"],
      act: ["verordening"],
      gdpr: ["avg"],
      dpa: ["verwerkersovereenkomst"],
      sme: ["mkb"],
      smes: ["mkb"],
      roi: ["roi", "rendement"]
    },
    en: {
      or: ["council"],
      ondernemingsraad: ["council"],
      avg: ["gdpr"],
      verordening: ["act"],
      mkb: ["sme"]
    }
  }

  /* Abbreviations of the law count more than the everyday words typed with them: "DPIA needed" is about
     the DPIA, not about what else is needed */
  var KEY_TERMS = ["dpia", "avg", "gdpr", "wor", "or", "pvt", "act", "verordening"]
  var KEY_BOOST = 1000  /* as much as Material gives a match in a title */

  function synonyms(plain) {
    var table = SYNONYMS[lunr.nl ? "nl" : "en"]
    return Object.prototype.hasOwnProperty.call(table, plain) ? table[plain] : null
  }

  var MIN_TAIL = 4
  var MIN_HEAD = 3
  var MIN_COMPOUND = MIN_HEAD + MIN_TAIL

  function fold(word) {
    return word
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/['\u2018\u2019`\u00b4]/g, "")
      .toLowerCase()
  }

  function trim(word) {
    return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
  }

  function alike(stem) {
    if (!lunr.nl)
      return stem
    return stem
      .replace(/([b-df-hj-np-tv-z])\1$/, "$1")
      .replace(/(.{3}[aeiouy])s$/, "$1")
      .replace(/(ie|ui|ei|ij|ee|oo|aa|eu|ou|au)v$/, "$1f")
      .replace(/(ie|ui|ei|ij|ee|oo|aa|eu|ou|au)z$/, "$1s")
  }

  function stem(word) {
    return alike(language().stemmer(new lunr.Token(word)).toString())
  }

  function isStopWord(word) {
    return !language().stopWordFilter(new lunr.Token(word))
  }

  /* Query terms: folded, trimmed and stemmed; the result is matched as a prefix */
  function normalizeTerm(word) {
    var plain = trim(fold(word))
    return plain ? stem(plain) : ""
  }

  /* Tails of compound words whose head and tail both occur as words of their own (a linking "s" or
     "e" after the head allowed), computed once per index: "risicobeheer" -> "beheer", but not
     "inkopen" -> "open" */
  function compoundTails(vocabulary) {
    var tails = Object.create(null)
    vocabulary.forEach(function (word) {
      if (word.length < MIN_COMPOUND)
        return
      var found = []
      for (var cut = MIN_HEAD; cut <= word.length - MIN_TAIL; cut++) {
        var head = word.slice(0, cut)
        var tail = word.slice(cut)
        var headIsWord = vocabulary.has(head) || (/[se]$/.test(head) && vocabulary.has(head.slice(0, -1)))
        if (headIsWord && vocabulary.has(tail) && !isStopWord(tail))
          found.push(tail)
      }
      if (found.length)
        tails[word] = found
    })
    return tails
  }

  function vocabularyOf(docs) {
    var words = new Set()
    docs.forEach(function (doc) {
      var text = [doc.title, doc.text].concat(doc.tags || []).join(" ")
      var plain = fold(text.replace(/<[^>]*>/g, " "))
      ;(plain.match(/[\p{L}\p{N}]+/gu) || []).forEach(function (word) {
        words.add(word)
      })
    })
    return words
  }

  function pipelineFor(tails) {
    function foldToken(token) {
      var word = trim(fold(token.toString()))
      return word ? token.update(function () { return word }) : undefined
    }
    function splitCompound(token) {
      var found = tails[token.toString()]
      if (!found)
        return token
      return [token].concat(found.map(function (tail) {
        return token.clone(function () { return tail })
      }))
    }
    function dropStopWord(token) {
      return isStopWord(token.toString()) ? undefined : token
    }
    function stemToken(token) {
      return token.update(stem)
    }
    var steps = [foldToken, splitCompound, dropStopWord, stemToken]
    steps.forEach(function (step, index) {
      lunr.Pipeline.registerFunction(step, "playbook-" + index)
    })
    return steps
  }

  /* The indexed words, sorted, for the query's look-ups; set when the index is built */
  var indexed = []

  function lowerBound(word) {
    var low = 0, high = indexed.length
    while (low < high) {
      var middle = (low + high) >> 1
      if (indexed[middle] < word)
        low = middle + 1
      else
        high = middle
    }
    return low
  }

  function startsIndexedWord(prefix) {
    var at = lowerBound(prefix)
    return at < indexed.length && indexed[at].indexOf(prefix) === 0
  }

  function isIndexedWord(word) {
    return indexed[lowerBound(word)] === word
  }

  /* An indexed word the stemmer cut shorter than the query's stem ("terugverdiend" is indexed as
     "terugverdi", "terugverdienen" asks for "terugverdien"): at most MAX_CUT letters shorter */
  var MAX_CUT = 3

  function shorterIndexedStem(stem) {
    for (var length = stem.length - 1; length >= Math.max(MIN_TAIL + 1, stem.length - MAX_CUT); length--)
      if (isIndexedWord(stem.slice(0, length)))
        return stem.slice(0, length)
    return null
  }

  var MAX_EXPANSIONS = 20

  function wordsContaining(part) {
    return indexed
      .filter(function (word) { return word.indexOf(part) > 0 })
      .sort(function (a, b) { return a.length - b.length })
      .slice(0, MAX_EXPANSIONS)
  }

  /* Two parts of a compound query term that each start an indexed word, longest head first; a
     linking "s" or "e" between them may be left out ("veranderingsmodel") */
  function splitCompoundTerm(word) {
    for (var cut = word.length - MIN_TAIL; cut >= MIN_HEAD; cut--) {
      var tail = stem(word.slice(cut))
      var head = word.slice(0, cut)
      var heads = /[se]$/.test(head) ? [head, head.slice(0, -1)] : [head]
      for (var h = 0; h < heads.length; h++) {
        var stemmed = stem(heads[h])
        if (stemmed.length >= MIN_HEAD && startsIndexedWord(stemmed) && startsIndexedWord(tail))
          return [stemmed, tail]
      }
    }
    return null
  }

  /* The clauses one query clause becomes */
  function clausesFor(clause) {
    var term = clause.term
    var leading = term.charAt(0) === "*"
    var trailing = term.length > 1 && term.charAt(term.length - 1) === "*"
    var plain = trim(fold(term.replace(/^\*|\*$/g, "")))
    if (!plain)
      return [clause]
    var normal = stem(plain)
    var wildcards = function (word) {
      return (leading ? "*" : "") + word + (trailing ? "*" : "")
    }
    var optional = !clause.presence || clause.presence === lunr.Query.presence.OPTIONAL
    if (KEY_TERMS.indexOf(plain) >= 0)
      clause.boost = (clause.boost || 1) * KEY_BOOST
    var words = leading ? null : synonyms(plain)
    if (words)
      return words.map(function (word) {
        return Object.assign({}, clause, { term: stem(word) + "*", usePipeline: false })
      })
    if (!indexed.length || leading || !optional || clause.editDistance || plain.length < MIN_TAIL ||
        startsIndexedWord(normal))
      return [Object.assign(clause, { term: wildcards(normal) })]
    var shorter = shorterIndexedStem(normal)
    if (shorter)
      return [Object.assign(clause, { term: wildcards(shorter) })]
    var containing = wordsContaining(normal)
    if (containing.length && !searching)
      return [Object.assign(clause, { term: "" })]  /* Material's own analysis: counts as found */
    if (containing.length)
      return containing.map(function (word) {
        return Object.assign({}, clause, { term: word, usePipeline: false })
      })
    var parts = splitCompoundTerm(plain)
    if (parts)
      return parts.map(function (part) {
        return Object.assign({}, clause, {
          term: part + "*", usePipeline: false
        })
      })
    return [Object.assign(clause, { term: wildcards(normal) })]
  }

  /* Index: collect the documents first, so compounds are split against the whole vocabulary */
  var add = lunr.Builder.prototype.add
  var build = lunr.Builder.prototype.build
  lunr.Builder.prototype.add = function (doc, attributes) {
    (this.playbookDocs = this.playbookDocs || []).push([doc, attributes])
  }
  lunr.Builder.prototype.build = function () {
    var docs = this.playbookDocs || []
    var tails = compoundTails(vocabularyOf(docs.map(function (entry) { return entry[0] })))
    this.pipeline.reset()
    this.pipeline.add.apply(this.pipeline, pipelineFor(tails))
    this.searchPipeline.reset()
    for (var i = 0; i < docs.length; i++)
      add.call(this, docs[i][0], docs[i][1])
    this.playbookDocs = null
    var index = build.call(this)
    indexed = Object.keys(index.invertedIndex).sort()
    return index
  }

  /* Material parses each query twice: once for its own analysis of which terms a result contains
     (which result shows as missing, which go into the `?h=` link), once inside Lunr's search. Only
     the second expands a term into the indexed words that contain it, so the first does not list
     all of those words as missing. */
  var searching = false
  var search = lunr.Index.prototype.search
  lunr.Index.prototype.search = function (queryString) {
    searching = true
    try {
      return search.call(this, queryString)
    } finally {
      searching = false
    }
  }

  /* Query: every clause normalised, keeping its wildcards; stop words only count when alone */
  var parse = lunr.QueryParser.prototype.parse
  lunr.QueryParser.prototype.parse = function () {
    var query = parse.call(this)
    var clauses = query.clauses.filter(function (clause) {
      return !isStopWord(trim(fold(clause.term.replace(/\*/g, ""))))
    })
    if (clauses.length)
      query.clauses = clauses
    query.clauses = query.clauses.reduce(function (all, clause) {
      return all.concat(clausesFor(clause))
    }, [])
    return query
  }
})(self.lunr)
