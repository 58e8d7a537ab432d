#!/usr/bin/env bash
# Draws the demo carousel banners (media/banners, 1200x360 JPEG) and the demo partner logos (media/partners,
# 240x80 PNG) for the seed data in src/seed/banners.ts. The agencies are made up for the demo. The files are
# committed; run this only to change them, then give a changed image a new name (they are served as immutable).
# Needs ImageMagick 6 (`apt-get install imagemagick`) and the DejaVu fonts.
set -euo pipefail
cd "$(dirname "$0")/../media"
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
FONT_REGULAR=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf

# slide NAME GRADIENT TITLE SUBTITLE DRAW-ARGS...
slide() {
  local name=$1 gradient=$2 title=$3 subtitle=$4
  shift 4
  convert -size 1200x360 "$gradient" "$@" \
    -font "$FONT" -pointsize 44 -fill '#ffffff' -annotate +80+170 "$title" \
    -font "$FONT_REGULAR" -pointsize 26 -fill '#fff3c4' -annotate +80+225 "$subtitle" \
    -strip -interlace Plane -sampling-factor 4:2:0 -quality 72 "banners/$name.jpg"
  printf '%-32s %6d bytes\n' "banners/$name.jpg" "$(stat -c %s "banners/$name.jpg")"
}

slide chao-mung-dai-hoi gradient:'#b71c1c-#7f0000' 'Chào mừng Đại hội Đảng bộ Khối' 'Nhiệm kỳ 2025 – 2030' \
  -fill '#ffd54f' -draw 'polygon 1010,80 1032,148 1104,148 1046,190 1068,258 1010,216 952,258 974,190 916,148 988,148'
slide cai-cach-hanh-chinh gradient:'#0d47a1-#1976d2' 'Đẩy mạnh cải cách hành chính' 'Vì một nền hành chính phục vụ nhân dân' \
  -fill '#bbdefb' -draw 'roundrectangle 900,90 1100,270 18,18' -fill '#0d47a1' -draw 'rectangle 930,130 1070,145 rectangle 930,170 1070,185 rectangle 930,210 1030,225'
slide chuyen-doi-so gradient:'#004d40-#00897b' 'Chuyển đổi số trong cơ quan Đảng' 'Kết nối – Minh bạch – Hiệu quả' \
  -stroke '#80cbc4' -strokewidth 4 -draw 'line 900,100 1000,180 line 1000,180 1100,110 line 1000,180 1010,280' \
  -stroke none -fill '#e0f2f1' -draw 'circle 900,100 916,100 circle 1100,110 1116,110 circle 1010,280 1026,280' -fill '#ffd54f' -draw 'circle 1000,180 1024,180'
slide hoc-tap-lam-theo gradient:'#e65100-#bf360c' 'Học tập và làm theo tư tưởng,' 'đạo đức, phong cách Hồ Chí Minh – năm 2026' \
  -fill '#ffe0b2' -draw 'circle 1080,90 1120,90'

# fit FONT POINTSIZE TEXT: the largest point size, from POINTSIZE down, at which TEXT fits the logo's 152 px of text.
fit() {
  local font=$1 size=$2 text=$3
  while [ "$size" -gt 9 ] && [ "$(convert -font "$font" -pointsize "$size" label:"$text" -format %w info:)" -gt 152 ]; do
    size=$((size - 1))
  done
  echo "$size"
}

# logo NAME BACKGROUND FOREGROUND LINE1 LINE2: each line as large as it fits (15 and 13 points at most), so that no
# name is cut at the logo's edge.
logo() {
  local name=$1 bg=$2 fg=$3 line1=$4 line2=$5
  convert -size 240x80 "xc:$bg" -fill "$fg" -draw 'circle 40,40 40,12' -fill "$bg" -draw 'circle 40,40 40,24' \
    -fill "$fg" -font "$FONT" -pointsize "$(fit "$FONT" 15 "$line1")" -annotate +80+36 "$line1" \
    -font "$FONT_REGULAR" -pointsize "$(fit "$FONT_REGULAR" 13 "$line2")" -annotate +80+58 "$line2" \
    -strip -colors 16 "PNG8:partners/$name.png"
  printf '%-32s %6d bytes\n' "partners/$name.png" "$(stat -c %s "partners/$name.png")"
}

# The names cut at the edge by the first version of these logos come under new names (-2).
logo dich-vu-cong-2 '#0d47a1' '#ffffff' 'Cổng Dịch vụ công' 'tỉnh'
logo so-tu-phap '#ffffff' '#b71c1c' 'Sở Tư pháp' 'Tra cứu văn bản'
logo so-noi-vu '#f5f5f5' '#1b5e20' 'Sở Nội vụ' 'Cải cách hành chính'
logo bao-tinh '#b71c1c' '#ffffff' 'Báo điện tử' 'của tỉnh'
logo dai-phat-thanh '#263238' '#ffd54f' 'Đài Phát thanh' 'và Truyền hình'
logo thu-vien-tinh '#fff8e1' '#5d4037' 'Thư viện tỉnh' 'Sách điện tử'
logo tinh-doan-2 '#1565c0' '#ffffff' 'Tỉnh đoàn' 'Thanh niên tình nguyện'
logo hoi-nong-dan '#e8f5e9' '#2e7d32' 'Hội Nông dân' 'tỉnh'
logo lien-doan-lao-dong-2 '#ffffff' '#0d47a1' 'Liên đoàn Lao động' 'tỉnh'
logo cong-bao '#fafafa' '#c62828' 'Công báo tỉnh' 'Văn bản mới'
