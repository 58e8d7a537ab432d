#!/usr/bin/env bash
# Draws the demo article images in apps/server/media: 800x450 JPEG illustrations (gradients and simple shapes,
# no text), quality 70, each well under 40 KB. The files are committed; run this only to change them, then give
# a changed image a new name (they are served as immutable) and update src/seed/images.ts.
# Needs ImageMagick 6 (`apt-get install imagemagick`).
set -euo pipefail
cd "$(dirname "$0")/../media"

W=800
H=450

# draw NAME GRADIENT DRAW-ARGS...: a background gradient with shapes drawn over it.
draw() {
  local name=$1 gradient=$2
  shift 2
  convert -size ${W}x${H} "$gradient" "$@" -strip -interlace Plane -sampling-factor 4:2:0 -quality 70 "$name.jpg"
  printf '%-18s %6d bytes\n' "$name.jpg" "$(stat -c %s "$name.jpg")"
}

# A meeting hall: stage, lectern, rows of seats.
draw hoi-nghi gradient:'#8e1b1b-#3d0a0a' \
  -fill '#f2d7a6' -draw 'rectangle 120,60 680,200' \
  -fill '#c9a45c' -draw 'rectangle 100,200 700,225' \
  -fill '#6b3b12' -draw 'rectangle 370,140 430,215' \
  -fill '#2a0606' -draw 'circle 140,290 160,290 circle 220,290 240,290 circle 300,290 320,290 circle 380,290 400,290 circle 460,290 480,290 circle 540,290 560,290 circle 620,290 640,290' \
  -fill '#230505' -draw 'circle 110,360 133,360 circle 200,360 223,360 circle 290,360 313,360 circle 380,360 403,360 circle 470,360 493,360 circle 560,360 583,360 circle 650,360 673,360' \
  -fill '#1a0303' -draw 'circle 80,435 106,435 circle 180,435 206,435 circle 280,435 306,435 circle 380,435 406,435 circle 480,435 506,435 circle 580,435 606,435 circle 680,435 706,435'

# An office building with columns under a blue sky.
draw tru-so gradient:'#7fb3e6-#e8f1fb' \
  -fill '#dcd3c0' -draw 'polygon 200,170 400,90 600,170' \
  -fill '#efe8d8' -draw 'rectangle 210,170 590,380' \
  -fill '#c7bba2' -draw 'rectangle 240,190 265,370 rectangle 300,190 325,370 rectangle 360,190 385,370 rectangle 415,190 440,370 rectangle 475,190 500,370 rectangle 535,190 560,370' \
  -fill '#9b8f78' -draw 'rectangle 180,380 620,400' \
  -fill '#5d7f3a' -draw 'rectangle 0,400 800,450' \
  -fill '#555555' -draw 'rectangle 398,30 402,92' \
  -fill '#c62828' -draw 'rectangle 402,32 450,62'

# Digital transformation: a grid and circuit lines on navy.
draw chuyen-doi-so gradient:'#0d1b3d-#16407a' \
  -stroke '#1f4f8f' -strokewidth 1 -draw 'line 0,90 800,90 line 0,180 800,180 line 0,270 800,270 line 0,360 800,360 line 100,0 100,450 line 200,0 200,450 line 300,0 300,450 line 400,0 400,450 line 500,0 500,450 line 600,0 600,450 line 700,0 700,450' \
  -stroke '#4fc3f7' -strokewidth 4 -draw 'line 100,90 300,90 line 300,90 300,270 line 300,270 500,270 line 500,270 500,180 line 500,180 700,180 line 200,360 400,360 line 400,360 400,270' \
  -stroke none -fill '#81d4fa' -draw 'circle 100,90 112,90 circle 300,270 312,270 circle 700,180 712,180 circle 200,360 212,360 circle 500,180 512,180' \
  -fill '#ffca28' -draw 'circle 400,270 418,270'

# A one-stop service counter: desks with screens and a queue display.
draw mot-cua gradient:'#f4efe6-#d9cfbd' \
  -fill '#2e5d8a' -draw 'rectangle 300,40 500,110' \
  -fill '#7fc1ff' -draw 'rectangle 315,55 485,95' \
  -fill '#8d6e4f' -draw 'rectangle 40,260 760,330' \
  -fill '#6d533a' -draw 'rectangle 40,330 760,450' \
  -fill '#37474f' -draw 'rectangle 110,190 230,255 rectangle 340,190 460,255 rectangle 570,190 690,255' \
  -fill '#90caf9' -draw 'rectangle 118,198 222,247 rectangle 348,198 452,247 rectangle 578,198 682,247' \
  -fill '#c62828' -draw 'rectangle 40,240 760,250'

# A training room: whiteboard with a chart, desks.
draw tap-huan gradient:'#e3eef5-#b8cfdf' \
  -fill '#ffffff' -stroke '#78909c' -strokewidth 6 -draw 'rectangle 170,50 630,250' \
  -stroke none -fill '#42a5f5' -draw 'rectangle 230,180 270,230 rectangle 300,150 340,230 rectangle 370,120 410,230 rectangle 440,90 480,230' \
  -fill '#ef5350' -draw 'rectangle 510,70 550,230' \
  -fill '#5d4037' -draw 'rectangle 60,330 340,350 rectangle 460,330 740,350 rectangle 60,400 340,420 rectangle 460,400 740,420' \
  -fill '#3e2723' -draw 'circle 130,318 148,318 circle 270,318 288,318 circle 530,318 548,318 circle 670,318 688,318'

# Rice fields under the sun.
draw dong-lua gradient:'#ffe0a3-#9ed1ef' \
  -fill '#fff3c4' -draw 'circle 640,100 690,100' \
  -fill '#7cb342' -draw 'polygon 0,230 800,200 800,450 0,450' \
  -fill '#689f38' -draw 'polygon 0,290 800,260 800,450 0,450' \
  -fill '#558b2f' -draw 'polygon 0,350 800,320 800,450 0,450' \
  -fill '#33691e' -draw 'polygon 0,410 800,380 800,450 0,450' \
  -fill '#4e6b2a' -draw 'polygon 100,230 120,160 140,230 polygon 150,228 175,150 200,226'

# A road leading to a bridge.
draw cau-duong gradient:'#b3d9f2-#eaf4fb' \
  -fill '#8fbf6b' -draw 'rectangle 0,260 800,450' \
  -fill '#5b8fb9' -draw 'rectangle 0,250 800,285' \
  -fill none -stroke '#9e9e9e' -strokewidth 14 -draw 'arc 120,150 680,380 180,360' \
  -stroke '#757575' -strokewidth 8 -draw 'line 120,250 680,250' \
  -stroke none -fill '#616161' -draw 'polygon 340,450 460,450 415,270 385,270' \
  -fill '#fafafa' -draw 'polygon 396,450 404,450 401,400 399,400 polygon 398,380 402,380 401,340 399,340'

# A library shelf of books.
draw thu-vien gradient:'#6d4c41-#3e2723' \
  -fill '#8d6e63' -draw 'rectangle 60,190 740,205 rectangle 60,370 740,385' \
  -fill '#c62828' -draw 'rectangle 80,80 120,190 rectangle 330,260 365,370 rectangle 600,90 630,190' \
  -fill '#1565c0' -draw 'rectangle 125,95 160,190 rectangle 370,250 410,370 rectangle 635,70 680,190' \
  -fill '#f9a825' -draw 'rectangle 165,70 200,190 rectangle 415,270 450,370 rectangle 120,260 160,370' \
  -fill '#2e7d32' -draw 'rectangle 205,100 250,190 rectangle 455,255 500,370 rectangle 165,275 200,370' \
  -fill '#eceff1' -draw 'rectangle 255,85 285,190 rectangle 505,280 540,370 rectangle 205,250 245,370' \
  -fill '#6a1b9a' -draw 'rectangle 545,110 590,190 rectangle 545,265 580,370 rectangle 80,285 115,370'

# A network of connected nodes.
draw ket-noi gradient:'#00695c-#004d40' \
  -stroke '#80cbc4' -strokewidth 3 -draw 'line 150,120 330,200 line 330,200 520,110 line 520,110 660,230 line 330,200 400,340 line 400,340 620,360 line 660,230 620,360 line 150,120 180,320 line 180,320 400,340' \
  -stroke none -fill '#e0f2f1' -draw 'circle 150,120 172,120 circle 520,110 540,110 circle 180,320 198,320 circle 620,360 640,360 circle 660,230 678,230' \
  -fill '#ffd54f' -draw 'circle 330,200 362,200 circle 400,340 424,340'

# A celebration: flowers and lanterns on red.
draw le-ky-niem gradient:'#c62828-#7f0000' \
  -fill '#ffd54f' -draw 'circle 140,150 190,150 circle 660,150 710,150 circle 400,300 470,300' \
  -fill '#ff8f00' -draw 'circle 140,150 160,150 circle 660,150 680,150 circle 400,300 430,300' \
  -fill '#ffe082' -draw 'rectangle 280,0 284,70 rectangle 516,0 520,70' \
  -fill '#ffb300' -draw 'ellipse 282,100 32,40 0,360 ellipse 518,100 32,40 0,360' \
  -fill '#fff8e1' -draw 'circle 90,380 98,380 circle 250,410 256,410 circle 560,420 568,420 circle 720,370 726,370'

# Volunteers planting trees.
draw tinh-nguyen gradient:'#c8e6c9-#81c784' \
  -fill '#6d4c41' -draw 'rectangle 0,360 800,450' \
  -fill '#795548' -draw 'rectangle 190,230 206,360 rectangle 590,250 604,360' \
  -fill '#2e7d32' -draw 'circle 198,200 268,200 circle 597,225 652,225' \
  -fill '#1565c0' -draw 'roundrectangle 350,250 400,360 14,14 roundrectangle 440,260 486,360 14,14' \
  -fill '#ffcc80' -draw 'circle 375,225 397,225 circle 463,237 483,237' \
  -fill '#43a047' -draw 'polygon 410,360 420,320 430,360'

# An inspection checklist on a clipboard.
draw kiem-tra gradient:'#eceff1-#b0bec5' \
  -fill '#8d6e63' -draw 'roundrectangle 250,40 550,430 16,16' \
  -fill '#ffffff' -draw 'rectangle 270,70 530,410' \
  -fill '#9e9e9e' -draw 'roundrectangle 340,25 460,65 10,10' \
  -fill '#cfd8dc' -draw 'rectangle 330,115 500,127 rectangle 330,195 490,207 rectangle 330,275 505,287 rectangle 330,355 470,367' \
  -fill none -stroke '#2e7d32' -strokewidth 8 -draw 'polyline 288,118 300,132 318,104 polyline 288,198 300,212 318,184 polyline 288,278 300,292 318,264' \
  -stroke '#c62828' -draw 'line 290,348 314,372 line 314,348 290,372'
