-- boxes.lua: writes the geometry of a typeset formula (box register) as one JSON line.
--
-- Loaded by measure.tex. For each formula and style, mathref.record(id, style, n) walks the
-- node list of \box n (an \hbox holding $...$) and writes to <jobname>-boxes.jsonl:
--   width, height, depth of the whole box;
--   boxes:  every hlist/vlist that LuaTeX's math engine marks with a math subtype
--           (numerator, denominator, sup, sub, degree, radical, accent, fraction, ...),
--           and the first/last box of a fraction's vlist as numerator/denominator (LuaTeX
--           1.15 leaves the numerator's centred box unmarked);
--   rules:  every rule (fraction bar, radical overbar, array rules) with its context;
--   glyphs: every glyph with its code point, glyph index in the font, font size.
-- All lengths are integers in scaled points (1 pt = 65536 sp); x runs right from the
-- box's left edge, y runs UP from its baseline (a box's y is its baseline's height).

mathref = mathref or {}

local GLYPH, HLIST, VLIST, RULE = node.id("glyph"), node.id("hlist"), node.id("vlist"), node.id("rule")
local KERN, GLUE, MATH = node.id("kern"), node.id("glue"), node.id("math")
local RUNNING = -1073741824
local boxkind = node.subtypes("hlist")
local rulekind = node.subtypes("rule")
local FRACTION, RADICAL = 19, 28

local out = io.open(tex.jobname .. "-boxes.jsonl", "w")

-- Glue set in a box can give fractional positions; the table keeps whole scaled points.
local function sp(v) return math.floor(v + 0.5) end

local function str(s)
  return '"' .. tostring(s):gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local function fontinfo(id)
  local f = fonts.hashes.identifiers[id] or font.getfont(id) or {}
  return f
end

local walk

local function addbox(n, x, y, kind, acc)
  acc.boxes[#acc.boxes + 1] = string.format(
    '{"kind":%s,"list":%s,"x":%d,"y":%d,"width":%d,"height":%d,"depth":%d}',
    str(kind), str(n.id == HLIST and "h" or "v"), sp(x), sp(y), n.width, n.height, n.depth)
end

local function addrule(n, x, y, w, h, d, context, acc)
  local k = rulekind[n.subtype] or tostring(n.subtype)
  acc.rules[#acc.rules + 1] = string.format(
    '{"kind":%s,"in":%s,"x":%d,"y":%d,"width":%d,"height":%d,"depth":%d}', str(k), str(context), sp(x), sp(y), w, h, d)
end

-- The kind a box is recorded as, or nil: its math subtype, or numerator/denominator by
-- position inside a fraction's vlist.
local function kindof(n, parent, first, last)
  if parent and parent.id == VLIST and parent.subtype == FRACTION then
    if n == first then return "numerator" end
    if n == last then return "denominator" end
  end
  if n.subtype >= 9 then return boxkind[n.subtype] end
  return nil
end

local function firstlastbox(list)
  local first, last
  for n in node.traverse(list) do
    if n.id == HLIST or n.id == VLIST then
      first = first or n
      last = n
    end
  end
  return first, last
end

-- Walks box `b` whose reference point is at (x, y).
walk = function(b, x, y, acc)
  local context = boxkind[b.subtype] or "box"
  local first, last = firstlastbox(b.head)
  if b.id == HLIST then
    local cx = x
    for n in node.traverse(b.head) do
      if n.id == GLYPH then
        local f = fontinfo(n.font)
        local c = f.characters and f.characters[n.char] or {}
        acc.glyphs[#acc.glyphs + 1] = string.format(
          '{"char":%d,"index":%d,"x":%d,"y":%d,"width":%d,"height":%d,"depth":%d,"size":%d}',
          n.char, c.index or -1, sp(cx + n.xoffset), sp(y + n.yoffset), n.width, n.height, n.depth, f.size or 0)
        acc.sizes[f.size or 0] = true
        acc.fonts[f.psname or f.fullname or f.name or "?"] = true
        cx = cx + n.width
      elseif n.id == HLIST or n.id == VLIST then
        local kind = kindof(n, b, first, last)
        if kind then addbox(n, cx, y - n.shift, kind, acc) end
        walk(n, cx, y - n.shift, acc)
        cx = cx + n.width
      elseif n.id == RULE then
        local h = n.height == RUNNING and b.height or n.height
        local d = n.depth == RUNNING and b.depth or n.depth
        addrule(n, cx, y, n.width, h, d, context, acc)
        cx = cx + n.width
      elseif n.id == KERN then
        cx = cx + n.kern
      elseif n.id == GLUE then
        cx = cx + node.effective_glue(n, b)
      elseif n.id == MATH then
        cx = cx + (n.surround or 0) + (n.width or 0)
      end
    end
  else
    local top = y + b.height
    for n in node.traverse(b.head) do
      if n.id == HLIST or n.id == VLIST then
        local base = top - n.height
        local kind = kindof(n, b, first, last)
        if kind then addbox(n, x + n.shift, base, kind, acc) end
        walk(n, x + n.shift, base, acc)
        top = base - n.depth
      elseif n.id == RULE then
        local w = n.width == RUNNING and b.width or n.width
        addrule(n, x, top - n.height, w, n.height, n.depth, context, acc)
        top = top - n.height - n.depth
      elseif n.id == KERN then
        top = top - n.kern
      elseif n.id == GLUE then
        top = top - node.effective_glue(n, b)
      end
    end
  end
end

function mathref.record(id, style, register)
  local b = tex.box[register]
  local acc = { boxes = {}, rules = {}, glyphs = {}, sizes = {}, fonts = {} }
  walk(b, 0, 0, acc)
  local fonts = {}
  for k in pairs(acc.fonts) do fonts[#fonts + 1] = str(k) end
  table.sort(fonts)
  out:write(string.format(
    '{"id":%s,"style":%s,"width":%d,"height":%d,"depth":%d,"fonts":[%s],"boxes":[%s],"rules":[%s],"glyphs":[%s]}\n',
    str(id), str(style), b.width, b.height, b.depth, table.concat(fonts, ","), table.concat(acc.boxes, ","),
    table.concat(acc.rules, ","), table.concat(acc.glyphs, ",")))
  out:flush()
end

-- The versions that produced the table, for the JSON's header.
function mathref.versions()
  out:write(string.format('{"versions":{"luatex":%s,"banner":%s,"unicode_math":%s,"luaotfload":%s}}\n',
    str(string.format("%d.%d.%d", status.luatex_version // 100, status.luatex_version % 100, status.luatex_revision)),
    str(status.banner), str(token.get_macro("ver@unicode-math.sty") or "?"),
    str(token.get_macro("ver@luaotfload.sty") or "?")))
end
